package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.random.ArrivalTimes;
import org.junit.jupiter.api.Test;

/** {@link ArrivalSource}: sequence numbers, the maxArrivals and until limits. */
class ArrivalSourceTest {
    private final Simulation sim = new Simulation();
    private final List<Integer> indices = new ArrayList<>();
    private final List<Double> times = new ArrayList<>();
    private final EventHandler record = i -> {
        indices.add(i);
        times.add(sim.now());
    };

    /** Arrivals every {@code gap} minutes after the current time. */
    private static ArrivalTimes every(double gap) {
        return now -> now + gap;
    }

    @Test
    void arrivalsAreNumberedFromZeroAndStopAtMaxArrivals() {
        ArrivalSource src = new ArrivalSource(sim, every(2), record, 5, Double.POSITIVE_INFINITY);
        src.start();
        sim.run();
        assertEquals(List.of(0, 1, 2, 3, 4), indices);
        assertEquals(List.of(2.0, 4.0, 6.0, 8.0, 10.0), times);
        assertEquals(5, src.arrivals());
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void anArrivalExactlyAtUntilComesButNoneAfter() {
        ArrivalSource src = new ArrivalSource(sim, every(2), record, Long.MAX_VALUE, 6);
        src.start();
        sim.run();
        assertEquals(List.of(2.0, 4.0, 6.0), times);
        assertEquals(3, src.arrivals());
    }

    @Test
    void theTighterOfTheTwoLimitsWins() {
        ArrivalSource src = new ArrivalSource(sim, every(1), record, 3, 10);
        src.start();
        sim.run();
        assertEquals(3, src.arrivals());
    }

    @Test
    void zeroMaxArrivalsMeansNone() {
        ArrivalSource src = new ArrivalSource(sim, every(1), record, 0, 10);
        src.start();
        sim.run();
        assertEquals(List.of(), indices);
        assertEquals(0, src.arrivals());
    }

    @Test
    void anInfiniteNextTimeEndsTheStream() {
        double[] script = {1, 3, Double.POSITIVE_INFINITY, 9};
        int[] k = {0};
        ArrivalSource src = new ArrivalSource(sim, now -> script[k[0]++], record, 10, Double.POSITIVE_INFINITY);
        src.start();
        sim.run();
        assertEquals(List.of(1.0, 3.0), times);
    }

    @Test
    void theGeneratorIsAskedFromTheLastArrivalTime() {
        List<Double> asked = new ArrayList<>();
        ArrivalSource src = new ArrivalSource(sim, now -> {
            asked.add(now);
            return now + 5;
        }, record, 3, Double.POSITIVE_INFINITY);
        sim.scheduleAt(7, a -> src.start(), 0);
        sim.run();
        assertEquals(List.of(12.0, 17.0, 22.0), times);
        assertEquals(List.of(7.0, 12.0, 17.0), asked, "no look-ahead past maxArrivals");
    }
}
