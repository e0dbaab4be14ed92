package org.clinicflow.simulator.engine;

import org.clinicflow.simulator.random.ArrivalTimes;

/**
 * Feeds arrivals from an {@link ArrivalTimes} generator into the simulation: each arrival calls {@code onArrival}
 * with its sequence number (0, 1, 2, ...), until {@code maxArrivals} have come or the next would fall after
 * {@code until}.
 */
public final class ArrivalSource {
    private final Simulation sim;
    private final ArrivalTimes times;
    private final EventHandler onArrival;
    private final long maxArrivals;
    private final double until;
    private long arrivals;
    private final EventHandler arrive = this::arrive;

    public ArrivalSource(Simulation sim, ArrivalTimes times, EventHandler onArrival, long maxArrivals, double until) {
        this.sim = sim;
        this.times = times;
        this.onArrival = onArrival;
        this.maxArrivals = maxArrivals;
        this.until = until;
    }

    /** Schedules the first arrival. */
    public void start() {
        scheduleNext();
    }

    /** Arrivals so far. */
    public long arrivals() {
        return arrivals;
    }

    private void scheduleNext() {
        if (arrivals >= maxArrivals) {
            return;
        }
        double t = times.next(sim.now());
        if (t <= until && t != Double.POSITIVE_INFINITY) {
            sim.scheduleAt(t, arrive, (int) arrivals);
        }
    }

    private void arrive(int index) {
        arrivals++;
        scheduleNext();
        onArrival.handle(index);
    }
}
