package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.ArrayList;
import java.util.List;
import org.clinicflow.optimizer.domain.Coverage;
import org.clinicflow.optimizer.domain.StationBucket;

/** Where and when one station has fewer MAs than its minimum: the MA-minutes short and each short bucket. */
public record StaffingGapJustification(String stationId, String stationName, int shortMinutes,
                                       List<BucketShortage> buckets) implements ConstraintJustification {
    public StaffingGapJustification {
        buckets = List.copyOf(buckets);
    }

    static StaffingGapJustification of(Coverage coverage) {
        List<BucketShortage> buckets = new ArrayList<>();
        for (StationBucket bucket : coverage.timeline().buckets()) {
            int mas = coverage.masOnDuty(bucket);
            if (bucket.shortMinutes(mas) > 0) {
                buckets.add(BucketShortage.of(bucket, mas));
            }
        }
        return new StaffingGapJustification(coverage.timeline().station().id(), coverage.timeline().station().name(),
                coverage.shortMinutes(), buckets);
    }
}
