package org.clinicflow.simulator.clinic;

/**
 * What happens to a patient who arrives after their appointment time: SEEN_LATE (seen after the patients who came on
 * time), SQUEEZED_IN (seen in arrival order like everyone else). Beyond {@code rescheduleAfterMinutes} late the patient
 * is rescheduled and not seen that day (infinite = never).
 */
public record LateArrivalPolicy(Handling handling, double rescheduleAfterMinutes) {
    /** How a late patient is fitted in. */
    public enum Handling { SEEN_LATE, SQUEEZED_IN }
}
