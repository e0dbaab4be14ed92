package org.clinicflow.simulator.clinic.workload;

import java.time.DayOfWeek;

/**
 * The MA work one station sees in one time bucket of one weekday, averaged over the simulated days of that weekday:
 * patient tasks arriving at {@code arrivalsPerMinute}, each taking {@code meanTaskMinutes} on average with squared
 * coefficient of variation {@code taskScv} (variance / mean squared), and {@code adminMinutes} of non-patient desk
 * work per bucket. {@code bucket} counts buckets from midnight; {@code samples} is how many patient tasks the averages
 * rest on (0 when the bucket saw only admin work).
 */
public record BucketLoad(String stationId, DayOfWeek weekday, int bucket, double arrivalsPerMinute,
                         double meanTaskMinutes, double taskScv, double adminMinutes, long samples) {

    /** A bucket with no work at all. */
    public static BucketLoad idle(String stationId, DayOfWeek weekday, int bucket) {
        return new BucketLoad(stationId, weekday, bucket, 0, 0, 0, 0, 0);
    }

    /** Offered patient load in erlangs: the average number of MAs busy with patient tasks. */
    public double patientErlangs() {
        return arrivalsPerMinute * meanTaskMinutes;
    }

    /** Offered admin load in erlangs over a bucket of {@code bucketMinutes}. */
    public double adminErlangs(int bucketMinutes) {
        return adminMinutes / bucketMinutes;
    }

    public boolean idle() {
        return arrivalsPerMinute == 0 && adminMinutes == 0;
    }
}
