package org.clinicflow.simulator.clinic;

/** A group of exam rooms shared by the providers assigned to it (one provider's dedicated rooms form a pod too). */
public record Pod(String id, String name) {
}
