package org.clinicflow.simulator.clinic;

/** An exam room in a pod. */
public record ExamRoom(String id, String podId) {
}
