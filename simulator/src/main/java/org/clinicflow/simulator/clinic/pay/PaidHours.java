package org.clinicflow.simulator.clinic.pay;

/**
 * Paid time of one kind in one workweek: how it counts, its overtime multiplier (1 for straight time), the
 * differential on the base rate (0.10 = +10%), and its length in milliseconds (kept whole so thresholds split exactly).
 */
public record PaidHours(HourKind kind, double multiplier, double differential, long millis) {
    /** Milliseconds in an hour. */
    public static final long MILLIS_PER_HOUR = 3_600_000L;

    public double hours() {
        return (double) millis / MILLIS_PER_HOUR;
    }
}
