package org.clinicflow.simulator.clinic;

/** Hours an MA is contracted for: full or part time, a weekly target and a weekly maximum. */
public record Contract(boolean fullTime, double targetHoursPerWeek, double maxHoursPerWeek) {
}
