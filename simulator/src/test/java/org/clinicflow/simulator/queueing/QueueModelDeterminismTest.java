package org.clinicflow.simulator.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.Test;

/** A replication's numbers depend on (seed, replication) alone: not on the run, the thread count or the schedule. */
class QueueModelDeterminismTest {
    private static final QueueModelSpec SPEC = QueueModelSpec.poisson(0.8 * 4 / 6.0,
            new Distribution.Gamma(6, 0.8), 4, 20_000, 600);

    private static Map<String, Double> runOnce(long seed, int replication) {
        return new QueueModel(SPEC, new RandomStreams(seed, replication)).run().asMap();
    }

    private static List<Map<String, Double>> maps(List<Responses> responses) {
        return responses.stream().map(Responses::asMap).toList();
    }

    /** Two runs with the same seed and replication report bit-identical responses. */
    @Test
    void sameSeedGivesBitIdenticalResponses() {
        assertEquals(runOnce(12345L, 3), runOnce(12345L, 3));
    }

    /** Replications run on 1 thread and on 4 threads give the same responses in the same order, and the same CIs. */
    @Test
    void threadCountDoesNotChangeResults() {
        List<Responses> serial = QueueReplications.run(SPEC, 777L, 8, 1);
        List<Responses> parallel = QueueReplications.run(SPEC, 777L, 8, 4);

        assertEquals(maps(serial), maps(parallel));
        assertEquals(new ReplicationSummary(serial).estimates(), new ReplicationSummary(parallel).estimates());
    }

    /** Another seed, or another replication of the same seed, gives other numbers. */
    @Test
    void differentSeedsOrReplicationsGiveDifferentNumbers() {
        double wait = runOnce(12345L, 3).get("queue.wait");
        assertNotEquals(wait, runOnce(12346L, 3).get("queue.wait"));
        assertNotEquals(wait, runOnce(12345L, 4).get("queue.wait"));
    }
}
