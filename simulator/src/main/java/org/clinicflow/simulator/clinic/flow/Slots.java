package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Live items by small int slot, so an event or a queued request can name one by an int; slots are reused once freed,
 * so the table is as large as the most items alive at once.
 */
final class Slots<T> {
    private Object[] items = new Object[64];
    private int[] free = new int[64];
    private int freeCount;
    private int used;
    private int live;

    int put(T item) {
        int s;
        if (freeCount > 0) {
            s = free[--freeCount];
        } else {
            if (used == items.length) {
                items = Arrays.copyOf(items, used * 2);
            }
            s = used++;
        }
        items[s] = item;
        live++;
        return s;
    }

    @SuppressWarnings("unchecked")
    T get(int slot) {
        return (T) items[slot];
    }

    void remove(int slot) {
        if (items[slot] == null) {
            throw new IllegalStateException("slot " + slot + " is already free");
        }
        items[slot] = null;
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
        live--;
    }

    int size() {
        return live;
    }

    /** The live items, in slot order (a copy, so callers may remove while going through it). */
    @SuppressWarnings("unchecked")
    List<T> live() {
        List<T> out = new ArrayList<>(live);
        for (int s = 0; s < used; s++) {
            if (items[s] != null) {
                out.add((T) items[s]);
            }
        }
        return out;
    }
}
