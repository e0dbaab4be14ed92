package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Simulation} driven by a random model: initial events, and events that schedule further events with random
 * non-negative delays (zero delays are frequent, for ties) and cancel random earlier ones.
 */
class SimulationProperties {
    private static final int MAX_EVENTS = 400;

    /**
     * Initial event times; per event (cyclically) how many children it schedules, their delays and which earlier
     * event, if any, it cancels (-1: none).
     */
    record Model(List<Double> initial, List<Integer> fanout, List<Double> delays, List<Integer> cancels) { }

    @Provide
    Arbitrary<Model> models() {
        Arbitrary<Double> delay = Arbitraries.oneOf(
                Arbitraries.just(0.0),
                Arbitraries.integers().between(0, 8).map(i -> i * 0.25),
                Arbitraries.doubles().between(0, 10));
        return Combinators.combine(
                Arbitraries.integers().between(0, 20).map(i -> i * 0.5).list().ofMinSize(1).ofMaxSize(20),
                Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(10),
                delay.list().ofMinSize(1).ofMaxSize(20),
                Arbitraries.integers().between(-3, 1000).map(i -> i < 0 ? -1 : i).list().ofMinSize(1).ofMaxSize(10))
                .as(Model::new);
    }

    /** One run of a model: what was scheduled, cancelled and executed, in order. */
    static final class Run implements EventHandler {
        record Scheduled(int id, double time, long handle) { }

        final Simulation sim = new Simulation();
        final Model model;
        final List<Scheduled> scheduled = new ArrayList<>();
        final List<Integer> executed = new ArrayList<>();
        final List<Double> executedAt = new ArrayList<>();
        final boolean[] cancelled = new boolean[MAX_EVENTS];
        final boolean[] ran = new boolean[MAX_EVENTS];
        private int delayCursor;

        Run(Model model) {
            this.model = model;
            for (double t : model.initial()) {
                add(sim.scheduleAt(t, this, scheduled.size()), t);
            }
        }

        private void add(long handle, double time) {
            scheduled.add(new Scheduled(scheduled.size(), time, handle));
        }

        @Override
        public void handle(int id) {
            double now = sim.now();
            if (!executedAt.isEmpty()) {
                double last = executedAt.get(executedAt.size() - 1);
                assertTrue(now >= last, () -> "clock went back from " + last + " to " + now);
            }
            assertEquals(scheduled.get(id).time(), now, "event runs at its scheduled time");
            assertFalse(cancelled[id], () -> "cancelled event " + id + " ran");
            assertFalse(ran[id], () -> "event " + id + " ran twice");
            ran[id] = true;
            executed.add(id);
            executedAt.add(now);
            int children = model.fanout().get(id % model.fanout().size());
            for (int c = 0; c < children && scheduled.size() < MAX_EVENTS; c++) {
                double d = model.delays().get(delayCursor++ % model.delays().size());
                add(sim.schedule(d, this, scheduled.size()), now + d);
            }
            int victim = model.cancels().get(id % model.cancels().size());
            if (victim >= 0) {
                Scheduled v = scheduled.get(victim % scheduled.size());
                boolean pending = !ran[v.id()] && !cancelled[v.id()];
                assertEquals(pending, sim.cancel(v.handle()), () -> "cancel of event " + v.id());
                cancelled[v.id()] |= pending;
            }
        }

        long pendingCount() {
            return scheduled.stream().filter(s -> !ran[s.id()] && !cancelled[s.id()]).count();
        }
    }

    @Property(tries = 400, seed = "8001")
    void clockNeverGoesBackAndEveryEventRunsAtItsTimeOnceUnlessCancelled(@ForAll("models") Model model) {
        Run r = new Run(model);
        r.sim.run();
        assertEquals(0, r.pendingCount(), "every event not cancelled ran");
        assertEquals(r.executed.size(), r.sim.eventsExecuted());
        assertEquals(0, r.sim.pendingEvents());
    }

    @Property(tries = 400, seed = "8002")
    void eventsAtEqualTimesRunInSchedulingOrder(@ForAll("models") Model model) {
        Run r = new Run(model);
        r.sim.run();
        for (int i = 1; i < r.executed.size(); i++) {
            if (r.executedAt.get(i).equals(r.executedAt.get(i - 1))) {
                int prev = r.executed.get(i - 1);
                int cur = r.executed.get(i);
                double t = r.executedAt.get(i);
                assertTrue(prev < cur, () -> "at t=" + t + ": event " + prev + " ran before " + cur);
            }
        }
    }

    @Property(tries = 400, seed = "8003")
    void runUntilRunsExactlyTheEventsUpToTheHorizonAndLeavesTheClockThere(@ForAll("models") Model model,
            @ForAll("horizons") double horizon) {
        Run full = new Run(model);
        full.sim.run();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < full.executed.size() && full.executedAt.get(i) <= horizon; i++) {
            expected.add(full.executed.get(i));
        }

        Run staged = new Run(model);
        staged.sim.runUntil(horizon);
        assertEquals(expected, staged.executed);
        assertEquals(horizon, staged.sim.now(), "clock left at the horizon");
        assertEquals(staged.pendingCount(), staged.sim.pendingEvents());
        staged.sim.runUntil(horizon); // a second call at the same horizon runs nothing
        assertEquals(expected, staged.executed);
        staged.sim.run();
        assertEquals(full.executed, staged.executed, "runUntil then run == one run");
    }

    @Provide
    Arbitrary<Double> horizons() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 60).map(i -> i * 0.25), // often exactly on an event time
                Arbitraries.doubles().between(0, 40));
    }
}
