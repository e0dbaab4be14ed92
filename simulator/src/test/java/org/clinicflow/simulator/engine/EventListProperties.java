package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * {@link EventList} under random sequences of add / cancel / pop / clear, checked against a reference model: a sorted
 * set of (time, scheduling order). Times come from a coarse grid so that ties are frequent, and the list starts at its
 * smallest capacity so that it grows and recycles slots.
 */
class EventListProperties {

    sealed interface Op permits Add, Cancel, CancelBogus, Pop, Clear { }

    /** Adds an event at {@code time}, or, in the monotone variant, {@code time} after the last popped event. */
    record Add(double time) implements Op { }

    /** Cancels the handle of the {@code pick}-th event added so far (modulo), whatever became of it. */
    record Cancel(int pick) implements Op { }

    /** Cancels a handle that was never issued. */
    record CancelBogus(long handle) implements Op { }

    record Pop() implements Op { }

    record Clear() implements Op { }

    private static final EventHandler[] HANDLERS = {a -> { }, a -> { }, a -> { }};

    @Provide
    Arbitrary<List<Op>> ops() {
        Arbitrary<Op> add = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 12).map(i -> new Add(i * 0.5)),
                Arbitraries.doubles().between(0, 6).map(Add::new),
                Arbitraries.just(new Add(Double.POSITIVE_INFINITY)));
        Arbitrary<Op> cancel = Arbitraries.integers().between(0, 10_000).map(Cancel::new);
        Arbitrary<Op> bogus = Arbitraries.of(-1L, Long.MIN_VALUE, (1L << 40) | 999_999L, 1_000_000L)
                .map(CancelBogus::new);
        Arbitrary<Op> op = Arbitraries.frequencyOf(
                Tuple.of(10, add),
                Tuple.of(4, cancel),
                Tuple.of(1, bogus),
                Tuple.of(7, Arbitraries.just(new Pop())),
                Tuple.of(1, Arbitraries.just(new Clear())));
        return op.list().ofMaxSize(400);
    }

    /** The reference: pending events ordered by (time, scheduling order); ids are scheduling order. */
    private static final class Model {
        record Entry(int id, double time) { }

        final TreeSet<Entry> pending = new TreeSet<>(
                Comparator.comparingDouble(Entry::time).thenComparingInt(Entry::id));
        final Map<Integer, Entry> byId = new HashMap<>();
        final List<Long> handles = new ArrayList<>();
        final Set<Integer> fired = new HashSet<>();
        final Set<Integer> cancelled = new HashSet<>();
    }

    /** Runs the ops on both the list and the model, asserting agreement after every step; returns the pop order. */
    private static List<Integer> replay(List<Op> ops, boolean monotone, Model m) {
        EventList list = new EventList(1);
        List<Integer> popped = new ArrayList<>();
        double lastPopped = 0;
        for (Op op : ops) {
            if (op instanceof Add a) {
                int id = m.handles.size();
                double t = monotone ? lastPopped + a.time() : a.time();
                m.handles.add(list.add(t, HANDLERS[id % HANDLERS.length], id));
                Model.Entry e = new Model.Entry(id, t);
                m.pending.add(e);
                m.byId.put(id, e);
            } else if (op instanceof Cancel c) {
                if (m.handles.isEmpty()) {
                    continue;
                }
                int id = c.pick() % m.handles.size();
                boolean wasPending = m.pending.remove(m.byId.get(id));
                assertEquals(wasPending, list.cancel(m.handles.get(id)), () -> "cancel of event " + id);
                if (wasPending) {
                    m.cancelled.add(id);
                }
            } else if (op instanceof CancelBogus b) {
                assertFalse(list.cancel(b.handle()), () -> "cancel of never-issued handle " + b.handle());
            } else if (op instanceof Pop) {
                if (m.pending.isEmpty()) {
                    assertTrue(list.isEmpty());
                    continue;
                }
                Model.Entry expected = m.pending.pollFirst();
                int slot = list.firstSlot();
                assertEquals(expected.time(), list.peekTime());
                assertEquals(expected.time(), list.timeOf(slot));
                assertEquals(expected.id(), list.argOf(slot), "pop order (time, then scheduling order)");
                assertSame(HANDLERS[expected.id() % HANDLERS.length], list.handlerOf(slot));
                list.removeFirst();
                m.fired.add(expected.id());
                popped.add(expected.id());
                lastPopped = expected.time();
            } else if (op instanceof Clear) {
                list.clear();
                m.pending.clear();
            }
            assertEquals(m.pending.size(), list.size(), "size");
            assertEquals(m.pending.isEmpty(), list.isEmpty(), "isEmpty");
        }
        while (!list.isEmpty()) { // drain: whatever is left comes out in model order too
            Model.Entry expected = m.pending.pollFirst();
            assertEquals(expected.id(), list.argOf(list.firstSlot()));
            list.removeFirst();
            m.fired.add(expected.id());
            popped.add(expected.id());
        }
        assertTrue(m.pending.isEmpty());
        return popped;
    }

    @Property(tries = 400, seed = "7001")
    void behavesLikeASortedSetOfTimeThenSchedulingOrder(@ForAll("ops") List<Op> ops) {
        replay(ops, false, new Model());
    }

    @Property(tries = 400, seed = "7002")
    void eventsComeOutInNondecreasingTimeAndEqualTimesInSchedulingOrder(@ForAll("ops") List<Op> ops) {
        Model m = new Model();
        List<Integer> popped = replay(ops, true, m); // never adds before the last popped time, like the simulation
        for (int i = 1; i < popped.size(); i++) {
            Model.Entry prev = m.byId.get(popped.get(i - 1));
            Model.Entry cur = m.byId.get(popped.get(i));
            assertTrue(prev.time() <= cur.time(), () -> "time went back: " + prev + " then " + cur);
            if (prev.time() == cur.time()) {
                assertTrue(prev.id() < cur.id(), () -> "FIFO tie-break: " + prev + " then " + cur);
            }
        }
    }

    @Property(tries = 400, seed = "7003")
    void aCancelledEventNeverFiresAndCancelSucceedsAtMostOncePerHandle(@ForAll("ops") List<Op> ops) {
        Model m = new Model();
        List<Integer> popped = replay(ops, false, m);
        for (int id : m.cancelled) {
            assertFalse(popped.contains(id), () -> "cancelled event " + id + " fired");
        }
        assertEquals(popped.size(), new HashSet<>(popped).size(), "an event fired twice");
        // replay already asserted that cancel returns false for fired, cancelled and cleared events
    }

    @Property(tries = 200, seed = "7004")
    void staleHandlesDoNotCancelTheEventThatReusedTheirSlot(@ForAll("ops") List<Op> ops) {
        EventList list = new EventList(1);
        List<Long> spent = new ArrayList<>();
        Set<Long> live = new HashSet<>();
        for (Op op : ops) {
            if (op instanceof Add a) {
                long h = list.add(a.time(), HANDLERS[0], 0);
                assertFalse(live.contains(h), "a live handle was issued twice");
                assertFalse(spent.contains(h), "a spent handle was issued again");
                live.add(h);
            } else if (op instanceof Cancel c && !live.isEmpty()) {
                long h = live.stream().sorted().toList().get(c.pick() % live.size());
                assertTrue(list.cancel(h));
                live.remove(h);
                spent.add(h);
            }
            int size = list.size();
            for (long h : spent) {
                assertFalse(list.cancel(h), "stale handle cancelled something");
            }
            assertEquals(size, list.size());
        }
    }
}
