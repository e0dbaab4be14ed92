package org.clinicflow.simulator.queueing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.clinicflow.simulator.StatisticalAssertions;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.Responses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Little's law L = lambda W on one long run of M/M/4 at rho 0.9 (2 million customers): the time-average counts and the
 * customer-average times are measured independently, so the law ties the engine's bookkeeping together.
 */
class LittlesLawTest {
    private static final double MEAN_SERVICE = 6.0;
    private static final double LAMBDA = 0.9 * 4 / MEAN_SERVICE;
    private static Responses run;

    @BeforeAll
    static void runOnce() {
        QueueModelSpec spec = QueueModelSpec.poisson(LAMBDA, new Distribution.Exponential(MEAN_SERVICE), 4, 2_000_000,
                6_000);
        run = new QueueModel(spec, new RandomStreams(4_242L, 0)).run();
        StatisticalAssertions.print(String.format(Locale.ROOT,
                "Little M/M/4 rho 0.9: L %.5f vs lambda W %.5f; Lq %.5f vs lambda Wq %.5f; throughput %.6f vs %.6f",
                run.get("system.count"), run.get("throughput") * run.get("system.time"),
                run.get("queue.queueLength"), run.get("throughput") * run.get("queue.wait"), run.get("throughput"),
                LAMBDA));
    }

    /** Mean number in system equals throughput times mean time in system, within 1%. */
    @Test
    void numberInSystemIsThroughputTimesTimeInSystem() {
        double l = run.get("system.count");
        assertEquals(l, run.get("throughput") * run.get("system.time"), 0.01 * l);
    }

    /** Mean queue length equals throughput times mean wait in queue, within 1%. */
    @Test
    void queueLengthIsThroughputTimesWaitInQueue() {
        double lq = run.get("queue.queueLength");
        assertEquals(lq, run.get("throughput") * run.get("queue.wait"), 0.01 * lq);
    }

    /**
     * In steady state everything that arrives leaves: the measured throughput is the arrival rate. By Burke's theorem
     * the departures of a stationary M/M/c queue are a Poisson process, so over the measured time T the throughput has
     * standard error sqrt(lambda / T); the tolerance is 4.5 of those (about 0.3%).
     */
    @Test
    void throughputIsTheArrivalRate() {
        double measuredMinutes = 2_000_000 / LAMBDA - 6_000;
        assertEquals(LAMBDA, run.get("throughput"), 4.5 * Math.sqrt(LAMBDA / measuredMinutes));
    }
}
