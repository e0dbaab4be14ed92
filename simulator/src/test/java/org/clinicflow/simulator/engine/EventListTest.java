package org.clinicflow.simulator.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-worked cases for {@link EventList}. */
class EventListTest {
    private static final EventHandler NOOP = a -> { };

    private static List<Integer> drain(EventList list) {
        List<Integer> out = new ArrayList<>();
        while (!list.isEmpty()) {
            out.add(list.argOf(list.firstSlot()));
            list.removeFirst();
        }
        return out;
    }

    @Test
    void equalTimesComeOutInSchedulingOrder() {
        EventList list = new EventList();
        list.add(2, NOOP, 0);
        list.add(1, NOOP, 1);
        list.add(2, NOOP, 2);
        list.add(1, NOOP, 3);
        list.add(2, NOOP, 4);
        assertEquals(List.of(1, 3, 0, 2, 4), drain(list));
    }

    @Test
    void cancelRemovesThePendingEventOnlyOnce() {
        EventList list = new EventList();
        long a = list.add(1, NOOP, 0);
        list.add(2, NOOP, 1);
        assertTrue(list.cancel(a));
        assertEquals(1, list.size());
        assertFalse(list.cancel(a), "second cancel");
        assertEquals(List.of(1), drain(list));
    }

    @Test
    void cancelOfAFiredEventReturnsFalse() {
        EventList list = new EventList();
        long a = list.add(1, NOOP, 0);
        list.removeFirst();
        assertFalse(list.cancel(a));
    }

    @Test
    void staleHandleDoesNotCancelTheEventThatReusedItsSlot() {
        EventList list = new EventList();
        long a = list.add(1, NOOP, 0);
        assertTrue(list.cancel(a));
        long b = list.add(5, NOOP, 1); // recycles a's slot
        assertEquals((int) a, (int) b, "slot reused");
        assertFalse(list.cancel(a));
        assertEquals(1, list.size());
        assertTrue(list.cancel(b));
    }

    @Test
    void handlesThatWereNeverIssuedAreRejected() {
        EventList list = new EventList();
        list.add(1, NOOP, 0);
        assertFalse(list.cancel(-1L));
        assertFalse(list.cancel(Long.MIN_VALUE));
        assertFalse(list.cancel(12345L));
        assertEquals(1, list.size());
    }

    @Test
    void clearDropsEverythingAndInvalidatesHandles() {
        EventList list = new EventList();
        long a = list.add(1, NOOP, 0);
        list.add(2, NOOP, 1);
        list.clear();
        assertTrue(list.isEmpty());
        assertFalse(list.cancel(a));
        list.add(3, NOOP, 2);
        assertEquals(List.of(2), drain(list));
    }

    @Test
    void growsPastItsInitialCapacityKeepingOrder() {
        EventList list = new EventList(1);
        for (int i = 0; i < 1000; i++) {
            list.add((i * 7919) % 1000, NOOP, (i * 7919) % 1000);
        }
        List<Integer> out = drain(list);
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, out.get(i));
        }
    }

    @Test
    void cancellingFromTheMiddleKeepsTheHeapOrdered() {
        EventList list = new EventList(4);
        long[] h = new long[50];
        for (int i = 0; i < 50; i++) {
            h[i] = list.add(50 - i, NOOP, 50 - i);
        }
        for (int i = 0; i < 50; i += 3) {
            assertTrue(list.cancel(h[i]));
        }
        List<Integer> out = drain(list);
        for (int i = 1; i < out.size(); i++) {
            assertTrue(out.get(i - 1) < out.get(i), out::toString);
        }
        assertEquals(50 - 17, out.size());
    }
}
