package org.clinicflow.simulator.engine;

import java.util.Arrays;

/**
 * The future event list: a binary min-heap over primitive arrays, ordered by time and then by scheduling order, so
 * events at equal times run in the order they were scheduled. Cancellation is eager (the entry leaves the heap), and
 * slots are recycled, so memory is bounded by the largest number of events pending at once.
 */
public final class EventList {
    // Per slot: the event's fields. A slot lives from schedule to pop/cancel, then returns to the free list.
    private double[] time;
    private long[] seq;
    private EventHandler[] handler;
    private int[] arg;
    private int[] generation;
    private int[] heapPos; // -1 when the slot is free

    private int[] heap; // slot numbers in heap order
    private int size;

    private int[] freeSlots;
    private int freeCount;
    private int slotCount;

    private long nextSeq;

    public EventList() {
        this(64);
    }

    public EventList(int initialCapacity) {
        int cap = Math.max(4, initialCapacity);
        time = new double[cap];
        seq = new long[cap];
        handler = new EventHandler[cap];
        arg = new int[cap];
        generation = new int[cap];
        heapPos = new int[cap];
        heap = new int[cap];
        freeSlots = new int[cap];
    }

    /** Number of pending events. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * Adds an event and returns a handle for {@link #cancel(long)}. Times are not checked here; the simulation checks
     * that nothing is scheduled in the past.
     */
    public long add(double at, EventHandler h, int a) {
        int slot = allocateSlot();
        time[slot] = at;
        seq[slot] = nextSeq++;
        handler[slot] = h;
        arg[slot] = a;
        int i = size++;
        heap[i] = slot;
        heapPos[slot] = i;
        siftUp(i);
        return ((long) generation[slot] << 32) | slot;
    }

    /** Removes a pending event; returns false if it already ran or was cancelled. */
    public boolean cancel(long handle) {
        int slot = (int) handle;
        int gen = (int) (handle >>> 32);
        if (slot < 0 || slot >= slotCount || generation[slot] != gen || heapPos[slot] < 0) {
            return false;
        }
        removeAt(heapPos[slot]);
        return true;
    }

    /** Time of the earliest pending event; only valid when not empty. */
    public double peekTime() {
        return time[heap[0]];
    }

    /**
     * Slot of the earliest pending event (only valid when not empty); read it with {@link #timeOf}, {@link #handlerOf}
     * and {@link #argOf}, then call {@link #removeFirst()}.
     */
    public int firstSlot() {
        return heap[0];
    }

    /** Removes the earliest pending event. */
    public void removeFirst() {
        removeAt(0);
    }

    public double timeOf(int slot) {
        return time[slot];
    }

    public EventHandler handlerOf(int slot) {
        return handler[slot];
    }

    public int argOf(int slot) {
        return arg[slot];
    }

    /** Drops every pending event. */
    public void clear() {
        while (size > 0) {
            removeAt(size - 1);
        }
    }

    private void removeAt(int i) {
        int slot = heap[i];
        int last = --size;
        if (i != last) {
            int moved = heap[last];
            heap[i] = moved;
            heapPos[moved] = i;
            if (!siftUp(i)) {
                siftDown(i);
            }
        }
        releaseSlot(slot);
    }

    private boolean less(int a, int b) {
        double ta = time[a];
        double tb = time[b];
        return ta < tb || (ta == tb && seq[a] < seq[b]);
    }

    private boolean siftUp(int i) {
        int slot = heap[i];
        int start = i;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            int p = heap[parent];
            if (!less(slot, p)) {
                break;
            }
            heap[i] = p;
            heapPos[p] = i;
            i = parent;
        }
        heap[i] = slot;
        heapPos[slot] = i;
        return i != start;
    }

    private void siftDown(int i) {
        int slot = heap[i];
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && less(heap[right], c)) {
                child = right;
                c = heap[child];
            }
            if (!less(c, slot)) {
                break;
            }
            heap[i] = c;
            heapPos[c] = i;
            i = child;
        }
        heap[i] = slot;
        heapPos[slot] = i;
    }

    private int allocateSlot() {
        if (freeCount > 0) {
            return freeSlots[--freeCount];
        }
        if (slotCount == time.length) {
            grow();
        }
        return slotCount++;
    }

    private void releaseSlot(int slot) {
        heapPos[slot] = -1;
        handler[slot] = null;
        generation[slot]++;
        freeSlots[freeCount++] = slot;
    }

    private void grow() {
        int cap = time.length * 2;
        time = Arrays.copyOf(time, cap);
        seq = Arrays.copyOf(seq, cap);
        handler = Arrays.copyOf(handler, cap);
        arg = Arrays.copyOf(arg, cap);
        generation = Arrays.copyOf(generation, cap);
        heapPos = Arrays.copyOf(heapPos, cap);
        heap = Arrays.copyOf(heap, cap);
        freeSlots = Arrays.copyOf(freeSlots, cap);
    }
}
