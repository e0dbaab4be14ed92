package org.clinicflow.simulator.queueing;

import static org.clinicflow.simulator.StatisticalAssertions.assertAgreesWithTheory;

import java.util.stream.Stream;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The simulated M/G/1 queue against Pollaczek-Khinchine, Wq = lambda E[S^2] / (2 (1 - rho)), and P(wait) = rho (PASTA),
 * over 20 independent replications with warm-up deletion.
 */
class Mg1TheoryTest {
    private static final long SEED = 77_003_211L;
    private static final int REPLICATIONS = 20;
    private static final double MAX_RELATIVE_HALF_WIDTH = 0.05;

    static Stream<Arguments> queues() {
        return Stream.of(
                // service, rho, customers per replication, warm-up minutes
                Arguments.of(new Distribution.Fixed(5), 0.8, 60_000L, 2_500.0),
                Arguments.of(new Distribution.LogNormal(5, 7.5), 0.7, 150_000L, 5_000.0),
                Arguments.of(new Distribution.Gamma(5, 1.5), 0.7, 150_000L, 5_000.0));
    }

    /** Wq and P(wait) of M/D/1, M/lognormal/1 and M/gamma/1 lie inside the simulation's 99.9% intervals. */
    @ParameterizedTest(name = "M/{0}/1 at rho {1}")
    @MethodSource("queues")
    void meanWaitMatchesPollaczekKhinchine(Distribution service, double rho, long customers, double warmup) {
        double lambda = rho / service.mean();
        ReplicationSummary summary = QueueReplications.summarise(
                QueueModelSpec.poisson(lambda, service, 1, customers, warmup), SEED, REPLICATIONS);

        String label = "M/" + service.describe() + "/1 rho " + rho;
        assertAgreesWithTheory(label + " Wq", summary.get("queue.wait"),
                QueueingFormulas.mg1MeanWait(lambda, service.mean(), service.secondMoment()), MAX_RELATIVE_HALF_WIDTH);
        assertAgreesWithTheory(label + " P(wait)", summary.get("queue.waited"), rho, MAX_RELATIVE_HALF_WIDTH);
    }
}
