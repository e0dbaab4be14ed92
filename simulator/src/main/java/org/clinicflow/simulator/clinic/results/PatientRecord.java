package org.clinicflow.simulator.clinic.results;

/**
 * One patient's visit, times in minutes from the start of the horizon (NaN for steps not reached). {@code
 * appointment} is NaN for walk-ins. {@code queueMinutes} sums every wait in the visit (front desk, room, MA, provider,
 * special room, checkout, stockout delays).
 */
public record PatientRecord(long id, int day, boolean walkIn, String visitTypeId, String providerId,
                            double appointment, double arrival, double checkInStart, double checkInEnd,
                            double roomingStart, double roomingEnd, double providerStart, double providerEnd,
                            double departure, double queueMinutes, int proceduresDone, int proceduresCancelled,
                            PatientOutcome outcome) {

    /** Arrival to the start of rooming (the KPI waitingRoomMinutes). */
    public double waitingRoomMinutes() {
        return roomingStart - arrival;
    }

    /**
     * Start of rooming less the time the patient was due, the later of arrival and appointment (arrival for walk-ins),
     * and 0 for a patient roomed before being due. Unlike {@link #waitingRoomMinutes()} it does not count the minutes a
     * patient chose to come early, so it is the wait that staffing can change; rooming an early patient ahead of time
     * is not a negative wait that could make up for another patient's.
     */
    public double waitPastAppointmentMinutes() {
        double due = Double.isNaN(appointment) ? arrival : Math.max(arrival, appointment);
        return Math.max(0, roomingStart - due);
    }

    /** End of rooming to the provider entering (the KPI examRoomWaitMinutes); NaN without a provider step. */
    public double examRoomWaitMinutes() {
        return providerStart - roomingEnd;
    }

    /** Arrival to departure (the KPI cycleTimeMinutes). */
    public double cycleTimeMinutes() {
        return departure - arrival;
    }

    public boolean completed() {
        return outcome == PatientOutcome.COMPLETED;
    }
}
