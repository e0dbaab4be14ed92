package org.clinicflow.simulator.clinic.workload;

import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.clinicflow.simulator.ModelInputException;

/**
 * Expected MA work per station, weekday and time bucket of {@code bucketMinutes} (which divides a day), as the
 * simulator measured it: what the optimizer prices staffing levels against. Buckets absent from {@code loads} saw no
 * work. {@code daysObserved} says how many simulated days of each weekday the averages rest on.
 */
public record WorkloadProfile(int bucketMinutes, List<BucketLoad> loads, Map<DayOfWeek, Integer> daysObserved) {
    public WorkloadProfile {
        requireBucketMinutes(bucketMinutes);
        loads = loads.stream()
                .sorted(Comparator.comparing(BucketLoad::stationId).thenComparing(BucketLoad::weekday)
                        .thenComparingInt(BucketLoad::bucket))
                .toList();
        daysObserved = Map.copyOf(daysObserved);
        Set<String> seen = new HashSet<>();
        for (BucketLoad load : loads) {
            if (load.bucket() < 0 || load.bucket() >= bucketsPerDay(bucketMinutes)) {
                throw new ModelInputException("workload bucket", "must be between 0 and "
                        + (bucketsPerDay(bucketMinutes) - 1) + " for " + bucketMinutes + "-minute buckets, got "
                        + load.bucket());
            }
            if (!seen.add(load.stationId() + "/" + load.weekday() + "/" + load.bucket())) {
                throw new ModelInputException("workload bucket", "station " + load.stationId() + " has two loads for "
                        + load.weekday() + " bucket " + load.bucket());
            }
        }
    }

    /** Throws unless {@code minutes} is a positive whole divisor of a day (e.g. 15, 30, 60). */
    public static int requireBucketMinutes(int minutes) {
        if (minutes <= 0 || 1440 % minutes != 0) {
            throw new ModelInputException("bucket minutes",
                    "must divide a day of 1440 minutes evenly (e.g. 15, 30, 60), got " + minutes);
        }
        return minutes;
    }

    private static int bucketsPerDay(int bucketMinutes) {
        return 1440 / bucketMinutes;
    }

    public int bucketsPerDay() {
        return bucketsPerDay(bucketMinutes);
    }

    /** A lookup by station, weekday and bucket, for callers that ask many times. */
    public WorkloadIndex index() {
        return new WorkloadIndex(this);
    }

    /** The stations with any measured work, sorted. */
    public Set<String> stationIds() {
        Set<String> ids = new TreeSet<>();
        loads.forEach(l -> ids.add(l.stationId()));
        return ids;
    }
}
