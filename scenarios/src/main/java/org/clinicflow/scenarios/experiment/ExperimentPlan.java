package org.clinicflow.scenarios.experiment;

import org.clinicflow.simulator.ModelInputException;

/**
 * How a clinic experiment runs: {@code days} simulated days per replication (the first {@code warmupDays} of them
 * left out of the KPIs), {@code replications} independent replications from {@code seed}, on {@code threads} threads
 * (0 = all cores; results do not depend on it).
 */
public record ExperimentPlan(int days, int warmupDays, int replications, long seed, int threads) {
    public ExperimentPlan {
        if (days < 1) {
            throw new ModelInputException("days", "must be at least 1, got " + days);
        }
        if (warmupDays < 0 || warmupDays >= days) {
            throw new ModelInputException("warmup days",
                    "must be 0 or more and fewer than the " + days + " simulated days, got " + warmupDays);
        }
        if (replications < 1) {
            throw new ModelInputException("replications", "must be at least 1, got " + replications);
        }
        if (threads < 0) {
            throw new ModelInputException("threads", "must be 0 (all cores) or more, got " + threads);
        }
    }

    /** The same plan with another number of replications. */
    public ExperimentPlan withReplications(int n) {
        return new ExperimentPlan(days, warmupDays, n, seed, threads);
    }
}
