package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.api.score.stream.ConstraintJustification;
import java.util.ArrayList;
import java.util.List;
import org.clinicflow.optimizer.domain.Coverage;
import org.clinicflow.optimizer.domain.StationBucket;

/** The expected patient waiting at one station over the horizon, bucket by bucket (buckets with none left out). */
public record WaitingJustification(String stationId, String stationName, long cents, List<BucketWaiting> buckets)
        implements ConstraintJustification {
    public WaitingJustification {
        buckets = List.copyOf(buckets);
    }

    static WaitingJustification of(Coverage coverage) {
        List<BucketWaiting> buckets = new ArrayList<>();
        for (StationBucket bucket : coverage.timeline().buckets()) {
            int mas = coverage.masOnDuty(bucket);
            if (bucket.waitingCents(mas) > 0) {
                buckets.add(BucketWaiting.of(bucket, mas));
            }
        }
        return new WaitingJustification(coverage.timeline().station().id(), coverage.timeline().station().name(),
                coverage.waitingCents(), buckets);
    }
}
