package org.clinicflow.simulator.clinic.results;

/**
 * One MA-shift as worked: scheduled start and end, when the MA actually left (after the end when a task or the
 * day's remaining work ran over), minutes busy with tasks, and the unpaid break. Times in minutes from the start of the
 * horizon.
 */
public record MaShiftRecord(String maId, int day, String stationId, double scheduledStart, double scheduledEnd,
                            double left, double busyMinutes, double unpaidBreakMinutes) {

    public double overtimeMinutes() {
        return Math.max(0, left - scheduledEnd);
    }

    /** Paid minutes: from start to leaving, less the unpaid break. */
    public double paidMinutes() {
        return Math.max(scheduledEnd, left) - scheduledStart - unpaidBreakMinutes;
    }
}
