package org.clinicflow.simulator.queueing;

import static org.clinicflow.simulator.StatisticalAssertions.assertAgreesWithTheory;

import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The simulated M/M/c queue against Erlang C: mean wait in queue Wq and probability of waiting, over 20 independent
 * replications with warm-up deletion (about ten relaxation times 1 / (c mu (1 - sqrt(rho))^2) of the empty start).
 */
class MmcTheoryTest {
    private static final long SEED = 20_240_517L;
    private static final int REPLICATIONS = 20;
    /** Mean service time in minutes; not 1, so that confusing a mean with a rate would show. */
    private static final double MEAN_SERVICE = 6.0;
    /** Largest allowed half-width of the 99.9% interval, relative to the theoretical value. */
    private static final double MAX_RELATIVE_HALF_WIDTH = 0.05;

    /** Wq and P(wait) of M/M/c at light and heavy loads lie inside the simulation's 99.9% confidence intervals. */
    @ParameterizedTest(name = "M/M/{0} at rho {1}")
    @CsvSource({
            // servers, rho, customers per replication, warm-up minutes
            "1,  0.50,    40000,  1200",
            "1,  0.85,   200000, 12000",
            "4,  0.70,   200000,  1200",
            "4,  0.90,   500000,  6000",
            "10, 0.95,  1000000, 12000",
    })
    void meanWaitAndProbabilityOfWaitingMatchErlangC(int servers, double rho, long customers, double warmup) {
        double lambda = rho * servers / MEAN_SERVICE;
        QueueModelSpec spec = QueueModelSpec.poisson(lambda, new Distribution.Exponential(MEAN_SERVICE), servers,
                customers, warmup);
        ReplicationSummary summary = QueueReplications.summarise(spec, SEED, REPLICATIONS);

        String label = "M/M/" + servers + " rho " + rho;
        assertAgreesWithTheory(label + " Wq", summary.get("queue.wait"),
                QueueingFormulas.mmcMeanWait(lambda, MEAN_SERVICE, servers), MAX_RELATIVE_HALF_WIDTH);
        assertAgreesWithTheory(label + " P(wait)", summary.get("queue.waited"),
                QueueingFormulas.erlangC(servers, lambda * MEAN_SERVICE), MAX_RELATIVE_HALF_WIDTH);
    }
}
