package org.clinicflow.simulator.engine;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.stats.Counter;
import org.clinicflow.simulator.stats.Responses;
import org.clinicflow.simulator.stats.Statistic;
import org.clinicflow.simulator.stats.Tally;
import org.clinicflow.simulator.stats.TimeWeighted;

/**
 * The clock and event loop of one replication, and the registry of its statistics. Time is in minutes from the start
 * of the horizon. Events at equal times run in the order they were scheduled.
 */
public final class Simulation {
    private final EventList events = new EventList();
    private final List<Statistic> statistics = new ArrayList<>();
    private double now;
    private long eventsExecuted;
    private boolean stopRequested;
    private final EventHandler resetStatistics = arg -> resetStatistics();

    public double now() {
        return now;
    }

    /** Number of events executed so far in this replication. */
    public long eventsExecuted() {
        return eventsExecuted;
    }

    public int pendingEvents() {
        return events.size();
    }

    /** Schedules {@code handler.handle(arg)} after {@code delay} minutes; returns a handle for {@link #cancel}. */
    public long schedule(double delay, EventHandler handler, int arg) {
        if (!(delay >= 0)) {
            throw new IllegalArgumentException("event delay must be 0 or more minutes, got " + delay);
        }
        return events.add(now + delay, handler, arg);
    }

    /** Schedules {@code handler.handle(arg)} at absolute time {@code time}, which must not be in the past. */
    public long scheduleAt(double time, EventHandler handler, int arg) {
        if (!(time >= now)) {
            throw new IllegalArgumentException("cannot schedule an event at " + time + ", before the clock " + now);
        }
        return events.add(time, handler, arg);
    }

    /** Cancels a pending event; false if it already ran or was cancelled. */
    public boolean cancel(long handle) {
        return events.cancel(handle);
    }

    /** Runs until no events remain or {@link #stop()} is called. */
    public void run() {
        runUntil(Double.POSITIVE_INFINITY);
    }

    /**
     * Runs every event due at or before {@code horizon}, then leaves the clock at the horizon (if finite and the run was
     * not stopped), so that time-weighted statistics cover the whole interval.
     */
    public void runUntil(double horizon) {
        stopRequested = false;
        EventList ev = events;
        while (!ev.isEmpty() && !stopRequested) {
            int slot = ev.firstSlot();
            double t = ev.timeOf(slot);
            if (t > horizon) {
                break;
            }
            EventHandler h = ev.handlerOf(slot);
            int a = ev.argOf(slot);
            ev.removeFirst();
            now = t;
            eventsExecuted++;
            h.handle(a);
        }
        if (!stopRequested && horizon != Double.POSITIVE_INFINITY && horizon > now) {
            now = horizon;
        }
    }

    /** Ends the run after the current event. */
    public void stop() {
        stopRequested = true;
    }

    /** Registers and returns a tally of observations. */
    public Tally tally(String name) {
        return register(new Tally(name));
    }

    /** Registers and returns a time-weighted statistic starting at {@code initialValue}. */
    public TimeWeighted timeWeighted(String name, double initialValue) {
        return register(new TimeWeighted(name, this::now, initialValue));
    }

    public Counter counter(String name) {
        return register(new Counter(name));
    }

    /** Registers a statistic so that warm-up deletion resets it and {@link #report} includes it. */
    public <S extends Statistic> S register(S statistic) {
        statistics.add(statistic);
        return statistic;
    }

    /** Resets every registered statistic at {@code time} (warm-up deletion for steady-state runs). */
    public void resetStatisticsAt(double time) {
        scheduleAt(time, resetStatistics, 0);
    }

    /** Resets every registered statistic now. */
    public void resetStatistics() {
        for (Statistic s : statistics) {
            s.reset(now);
        }
    }

    /** Every registered statistic's responses, measured up to now. */
    public Responses report() {
        Responses.Builder b = Responses.builder();
        for (Statistic s : statistics) {
            s.report(b, now);
        }
        return b.build();
    }
}
