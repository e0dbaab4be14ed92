package org.clinicflow.simulator.queueing;

import java.util.List;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.ReplicationRunner;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.clinicflow.simulator.stats.Responses;

/** Runs independent replications of a queue model, replication r on {@code RandomStreams(seed, r)}. */
public final class QueueReplications {
    private QueueReplications() {
    }

    /** Runs {@code replications} replications on all cores and summarises them. */
    public static ReplicationSummary summarise(QueueModelSpec spec, long seed, int replications) {
        return new ReplicationSummary(run(spec, seed, replications, 0));
    }

    /** The responses of {@code replications} replications run on {@code threads} threads (0 = all cores). */
    public static List<Responses> run(QueueModelSpec spec, long seed, int replications, int threads) {
        return new ReplicationRunner(threads).run(replications,
                r -> new QueueModel(spec, new RandomStreams(seed, r)).run());
    }
}
