package org.clinicflow.scenarios.optimize;

import java.util.function.IntConsumer;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.flow.ClinicSimulation;
import org.clinicflow.simulator.clinic.workload.WorkloadCollector;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.ReplicationRunner;

/**
 * How the workload profile is measured: {@code replications} runs of {@code days} days (a multiple of 7, so every
 * weekday is seen equally often) of the scenario's baseline roster from {@code seed}, in buckets of
 * {@code bucketMinutes}. The seed is kept apart from the validation's, so the roster is judged on patients it was not
 * fitted to.
 */
public record WorkloadSampling(int replications, int days, long seed, int bucketMinutes) {
    /** Replications of the default measurement: with 14 days each, 8 of every weekday. */
    public static final int DEFAULT_REPLICATIONS = 4;
    /** Days of each replication: two weeks. */
    public static final int DEFAULT_DAYS = 14;
    /** Half-hour buckets, as the optimizer's tables are documented. */
    public static final int DEFAULT_BUCKET_MINUTES = 30;
    /** Added to the experiment seed, so the workload comes from other patients than the validation's. */
    public static final long SEED_OFFSET = 1;

    public WorkloadSampling {
        if (replications < 1) {
            throw new ModelInputException("workload replications", "must be at least 1, got " + replications);
        }
        if (days < 7 || days % 7 != 0) {
            throw new ModelInputException("workload days", "must be a whole number of weeks (7, 14, ...), got "
                    + days);
        }
    }

    /** The default measurement for an experiment run from {@code experimentSeed}. */
    public static WorkloadSampling forSeed(long experimentSeed) {
        return new WorkloadSampling(DEFAULT_REPLICATIONS, DEFAULT_DAYS, experimentSeed + SEED_OFFSET,
                DEFAULT_BUCKET_MINUTES);
    }

    /**
     * Simulates the clinic's baseline roster and returns what its MAs were asked to do. Replications run on
     * {@code threads} threads (0 = all cores) and are merged in replication order, so the profile does not depend on
     * the thread count; {@code progress} hears the number finished.
     */
    public MeasuredWorkload measure(Clinic clinic, int threads, IntConsumer progress) {
        WorkloadCollector[] collectors = new WorkloadCollector[replications];
        new ReplicationRunner(threads).run(replications, r -> {
            collectors[r] = WorkloadCollector.forClinic(clinic, bucketMinutes);
            return new ClinicSimulation(clinic, days, new RandomStreams(seed, r), collectors[r]).run();
        }, progress);
        WorkloadCollector all = collectors[0];
        for (int r = 1; r < replications; r++) {
            all.merge(collectors[r]);
        }
        return new MeasuredWorkload(all.profile(), this);
    }

    /** "4 replications x 14 days of the baseline roster (8 of each weekday), seed 2027, 30-minute buckets". */
    public String describe() {
        return replications + (replications == 1 ? " replication" : " replications") + " x " + days
                + " days of the baseline roster (" + replications * days / 7 + " of each weekday), seed " + seed
                + ", " + bucketMinutes + "-minute buckets";
    }
}
