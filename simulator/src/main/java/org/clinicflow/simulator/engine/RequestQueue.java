package org.clinicflow.simulator.engine;

import java.util.Arrays;

/**
 * Waiting requests of a {@link ServerPool}, kept in service order: by priority (lower first), then arrival. Stored in
 * parallel arrays between {@code head} and {@code tail}, so the common cases (append, take the first) move nothing.
 * Each request has the skills it requires now and the skills it falls back to (fewer) once its preferred servers are
 * gone; the two are equal for a request without a preference.
 */
final class RequestQueue {
    private GrantListener[] listener = new GrantListener[16];
    private int[] token = new int[16];
    private int[] priority = new int[16];
    private long[] required = new long[16];
    private long[] fallback = new long[16];
    private double[] enqueuedAt = new double[16];
    private int head;
    private int tail;
    private int preferring;

    int size() {
        return tail - head;
    }

    /** Requests still held to their preferred servers (requiring more than their fallback). */
    int preferring() {
        return preferring;
    }

    /**
     * Inserts after every request of the same or higher priority (lower number). {@code req} is what the request
     * requires now, {@code fall} what it will require once it gives up its preference (a subset of {@code req}).
     */
    void add(GrantListener l, int tok, int prio, long req, long fall, double at) {
        if (tail == listener.length) {
            makeRoom();
        }
        int pos = tail;
        if (tail > head && priority[tail - 1] > prio) {
            pos = tail - 1;
            while (pos > head && priority[pos - 1] > prio) {
                pos--;
            }
            shift(pos, pos + 1, tail - pos);
        }
        listener[pos] = l;
        token[pos] = tok;
        priority[pos] = prio;
        required[pos] = req;
        fallback[pos] = fall;
        enqueuedAt[pos] = at;
        tail++;
        if (req != fall) {
            preferring++;
        }
    }

    /** Position of the first request a server with {@code skills} may serve, or -1. */
    int firstEligible(long skills) {
        for (int i = head; i < tail; i++) {
            if ((required[i] & ~skills) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Position of the next request after {@code i} a server with {@code skills} may serve, or -1. */
    int nextEligible(int i, long skills) {
        for (int j = i + 1; j < tail; j++) {
            if ((required[j] & ~skills) == 0) {
                return j;
            }
        }
        return -1;
    }

    long requiredAt(int i) {
        return required[i];
    }

    long fallbackAt(int i) {
        return fallback[i];
    }

    /** Position of the next request after {@code i} (-1: from the head) still held to its preferred servers, or -1. */
    int nextPreferring(int i) {
        for (int j = Math.max(i + 1, head); j < tail && preferring > 0; j++) {
            if (required[j] != fallback[j]) {
                return j;
            }
        }
        return -1;
    }

    /** The request at {@code i} gives up its preference: from now on it requires only its fallback skills. */
    void fallBack(int i) {
        if (required[i] != fallback[i]) {
            required[i] = fallback[i];
            preferring--;
        }
    }

    /** Position of the request (listener, token), or -1. */
    int find(GrantListener l, int tok) {
        for (int i = head; i < tail; i++) {
            if (listener[i] == l && token[i] == tok) {
                return i;
            }
        }
        return -1;
    }

    GrantListener listenerAt(int i) {
        return listener[i];
    }

    int tokenAt(int i) {
        return token[i];
    }

    double enqueuedAt(int i) {
        return enqueuedAt[i];
    }

    void remove(int i) {
        if (required[i] != fallback[i]) {
            preferring--;
        }
        if (i == head) {
            listener[head] = null;
            head++;
        } else {
            shift(i + 1, i, tail - i - 1);
            listener[tail - 1] = null;
            tail--;
        }
        if (head == tail) {
            head = 0;
            tail = 0;
        }
    }

    private void shift(int from, int to, int length) {
        System.arraycopy(listener, from, listener, to, length);
        System.arraycopy(token, from, token, to, length);
        System.arraycopy(priority, from, priority, to, length);
        System.arraycopy(required, from, required, to, length);
        System.arraycopy(fallback, from, fallback, to, length);
        System.arraycopy(enqueuedAt, from, enqueuedAt, to, length);
    }

    private void makeRoom() {
        int n = size();
        if (head > 0 && n < listener.length / 2) {
            shift(head, 0, n);
            Arrays.fill(listener, n, tail, null);
        } else {
            int cap = listener.length * 2;
            listener = Arrays.copyOf(listener, cap);
            token = Arrays.copyOf(token, cap);
            priority = Arrays.copyOf(priority, cap);
            required = Arrays.copyOf(required, cap);
            fallback = Arrays.copyOf(fallback, cap);
            enqueuedAt = Arrays.copyOf(enqueuedAt, cap);
            if (head > 0) {
                shift(head, 0, n);
                Arrays.fill(listener, n, tail, null);
            }
        }
        head = 0;
        tail = n;
    }
}
