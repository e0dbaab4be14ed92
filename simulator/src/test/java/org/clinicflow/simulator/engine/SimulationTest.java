package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.stats.Counter;
import org.clinicflow.simulator.stats.Responses;
import org.clinicflow.simulator.stats.Tally;
import org.clinicflow.simulator.stats.TimeWeighted;
import org.junit.jupiter.api.Test;

/** Hand-worked cases for {@link Simulation}: scheduling checks, runUntil, stop, warm-up reset. */
class SimulationTest {
    private static final double EPS = 1e-12;

    private final Simulation sim = new Simulation();
    private final List<String> log = new ArrayList<>();

    private EventHandler logging(String name) {
        return a -> log.add(name + a + "@" + sim.now());
    }

    @Test
    void negativeOrNanDelayIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1e-9, logging("x"), 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(Double.NaN, logging("x"), 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(Double.NEGATIVE_INFINITY, logging("x"), 0));
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void schedulingInThePastOrAtNanIsRejected() {
        sim.schedule(5, a -> {
            assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(4.999, logging("x"), 0));
            assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(Double.NaN, logging("x"), 0));
            assertThrows(IllegalArgumentException.class, () -> sim.resetStatisticsAt(1));
            sim.scheduleAt(5, logging("now"), 0); // at the clock is fine
            sim.schedule(0, logging("zero"), 0);
        }, 0);
        sim.run();
        assertEquals(List.of("now0@5.0", "zero0@5.0"), log);
    }

    @Test
    void runUntilRunsEventsAtTheHorizonButNotAfterAndLeavesTheClockThere() {
        sim.scheduleAt(1, logging("a"), 0);
        sim.scheduleAt(3, logging("b"), 0);
        sim.scheduleAt(3.0000001, logging("c"), 0);
        sim.runUntil(3);
        assertEquals(List.of("a0@1.0", "b0@3.0"), log);
        assertEquals(3, sim.now(), EPS);
        assertEquals(1, sim.pendingEvents());
        assertEquals(2, sim.eventsExecuted());
    }

    @Test
    void runUntilAdvancesTheClockEvenWithNoEventsButNeverBackwards() {
        sim.runUntil(10);
        assertEquals(10, sim.now(), EPS);
        sim.runUntil(4);
        assertEquals(10, sim.now(), EPS);
    }

    @Test
    void eventsScheduledDuringRunUntilAtOrBeforeTheHorizonAlsoRun() {
        sim.scheduleAt(2, a -> {
            sim.schedule(3, logging("child"), 1); // at 5 = horizon
            sim.schedule(3.5, logging("late"), 2);
        }, 0);
        sim.runUntil(5);
        assertEquals(List.of("child1@5.0"), log);
    }

    @Test
    void stopEndsTheRunAfterTheCurrentEventAndLeavesTheClockThere() {
        sim.scheduleAt(1, logging("a"), 0);
        sim.scheduleAt(2, a -> {
            log.add("stopper@" + sim.now());
            sim.stop();
        }, 0);
        sim.scheduleAt(2, logging("sameTime"), 0);
        sim.scheduleAt(3, logging("c"), 0);
        sim.runUntil(100);
        assertEquals(List.of("a0@1.0", "stopper@2.0"), log);
        assertEquals(2, sim.now(), EPS, "a stopped run does not jump to the horizon");
        assertEquals(2, sim.pendingEvents());
        sim.run(); // a new run resumes where it stopped
        assertEquals(List.of("a0@1.0", "stopper@2.0", "sameTime0@2.0", "c0@3.0"), log);
    }

    @Test
    void cancelThroughTheSimulation() {
        long h = sim.scheduleAt(1, logging("a"), 0);
        sim.scheduleAt(2, logging("b"), 0);
        assertTrue(sim.cancel(h));
        assertFalse(sim.cancel(h));
        sim.run();
        assertEquals(List.of("b0@2.0"), log);
    }

    @Test
    void resetStatisticsAtDropsWarmUpObservations() {
        Tally waits = sim.tally("w");
        TimeWeighted queue = sim.timeWeighted("q", 4);
        Counter arrivals = sim.counter("n");
        EventHandler observe = a -> {
            waits.add(a);
            arrivals.increment();
        };
        sim.scheduleAt(1, observe, 100);
        sim.scheduleAt(2, observe, 200);
        sim.resetStatisticsAt(5);
        sim.scheduleAt(6, observe, 10);
        sim.scheduleAt(7, observe, 20);
        sim.scheduleAt(8, a -> queue.set(2), 0);
        sim.runUntil(10);
        assertEquals(2, waits.count());
        assertEquals(15, waits.mean(), EPS);
        assertEquals(2, arrivals.count());
        // q = 4 on [5, 8), 2 on [8, 10]: (12 + 4) / 5
        assertEquals(3.2, queue.mean(10), EPS);
        Responses r = sim.report();
        assertEquals(15, r.get("w"), EPS);
        assertEquals(2, r.get("w.count"), EPS);
        assertEquals(3.2, r.get("q"), EPS);
        assertEquals(2, r.get("n"), EPS);
    }

    @Test
    void resetStatisticsNowResetsEveryRegisteredStatistic() {
        Tally t = sim.tally("t");
        t.add(3);
        Counter c = sim.register(new Counter("c"));
        c.add(5);
        sim.resetStatistics();
        assertEquals(0, t.count());
        assertEquals(0, c.count());
    }
}
