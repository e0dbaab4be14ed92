package org.clinicflow.optimizer.solver;

import java.time.LocalDate;
import java.util.List;
import org.clinicflow.optimizer.domain.StationBucket;

/** One bucket of an open station with fewer MAs than its minimum: where, when, how many are needed and on duty. */
public record BucketShortage(String stationId, String stationName, LocalDate date, int day,
                             int startMinuteOfDay, int minutes, int needed, int onDuty,
                             List<String> requiredSkills) {

    static BucketShortage of(StationBucket bucket, int onDuty) {
        return new BucketShortage(bucket.station().id(), bucket.station().name(), bucket.date(),
                bucket.day(), bucket.startMinute() - bucket.day() * 1440, bucket.minutes(), bucket.minStaff(), onDuty,
                bucket.station().requiredSkills());
    }

    public int endMinuteOfDay() {
        return startMinuteOfDay + minutes;
    }
}
