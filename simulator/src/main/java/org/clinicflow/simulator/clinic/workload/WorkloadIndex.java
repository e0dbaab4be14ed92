package org.clinicflow.simulator.clinic.workload;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/** Constant-time lookup of a {@link WorkloadProfile}'s bucket loads. */
public final class WorkloadIndex {
    private final int bucketMinutes;
    private final Map<Key, BucketLoad> loads = new HashMap<>();

    WorkloadIndex(WorkloadProfile profile) {
        bucketMinutes = profile.bucketMinutes();
        for (BucketLoad load : profile.loads()) {
            loads.put(new Key(load.stationId(), load.weekday(), load.bucket()), load);
        }
    }

    /** The load of one station in one bucket (idle when nothing was measured there). */
    public BucketLoad load(String stationId, DayOfWeek weekday, int bucket) {
        BucketLoad load = loads.get(new Key(stationId, weekday, bucket));
        return load != null ? load : BucketLoad.idle(stationId, weekday, bucket);
    }

    /** The load in the bucket containing minute of day {@code minuteOfDay} (0 up to 1440). */
    public BucketLoad loadAt(String stationId, DayOfWeek weekday, double minuteOfDay) {
        return load(stationId, weekday, (int) Math.floor(minuteOfDay / bucketMinutes));
    }

    private record Key(String stationId, DayOfWeek weekday, int bucket) {
    }
}
