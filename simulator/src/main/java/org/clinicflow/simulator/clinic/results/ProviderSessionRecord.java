package org.clinicflow.simulator.clinic.results;

/**
 * One provider-session: scheduled start and end, when the provider finished the last patient of the session (the
 * start if none), and minutes with patients during the session.
 */
public record ProviderSessionRecord(String providerId, int day, double start, double end, double lastPatientDone,
                                    double busyMinutes) {

    /** Session minutes not spent with patients (providerIdleMinutes). */
    public double idleMinutes() {
        return Math.max(0, (end - start) - busyMinutes);
    }

    /** Minutes past the session end (providerOvertimeMinutes). */
    public double overtimeMinutes() {
        return Math.max(0, lastPatientDone - end);
    }
}
