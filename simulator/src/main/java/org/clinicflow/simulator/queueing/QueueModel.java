package org.clinicflow.simulator.queueing;

import org.clinicflow.simulator.engine.ArrivalSource;
import org.clinicflow.simulator.engine.EventHandler;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.random.Sampler;
import org.clinicflow.simulator.stats.Counter;
import org.clinicflow.simulator.stats.Responses;
import org.clinicflow.simulator.stats.Tally;
import org.clinicflow.simulator.stats.TimeWeighted;

/**
 * One replication of a {@link QueueModelSpec} built from the engine's own parts: an arrival source, a server pool and
 * its statistics. Responses: {@code queue.wait} (time in queue), {@code queue.waited} (1 if the customer waited),
 * {@code system.time} (queue + service), {@code system.count} (number in system, time-weighted), {@code queue.*} from
 * the pool, and counts {@code arrivals}, {@code departures}, {@code inSystemAtEnd} over the whole run.
 */
public final class QueueModel {
    private final QueueModelSpec spec;
    private final Simulation sim = new Simulation();
    private final ServerPool pool;
    private final ArrivalSource source;
    private final Sampler service;
    private final Tally systemTime;
    private final Tally waited;
    private final TimeWeighted inSystem;
    private final Counter departuresAfterWarmup;
    private long departures;
    private long arrivals;

    private final EventHandler onArrival = this::arrive;
    private final GrantListener onGranted = this::startService;
    private final EventHandler onDeparture = this::depart;

    public QueueModel(QueueModelSpec spec, RandomStreams streams) {
        this.spec = spec;
        this.pool = new ServerPool(sim, "queue", spec.servers());
        this.service = spec.service().sampler(streams.stream("service"));
        long max = spec.customers() > 0 ? spec.customers() : Long.MAX_VALUE;
        this.source = new ArrivalSource(sim, spec.arrivals().times(streams.stream("arrivals")), onArrival, max,
                spec.horizon());
        this.systemTime = sim.tally("system.time");
        this.waited = sim.tally("queue.waited");
        this.inSystem = sim.timeWeighted("system.count", 0);
        this.departuresAfterWarmup = sim.counter("throughput.departures");
    }

    /** Runs the replication to its end and returns its responses. */
    public Responses run() {
        source.start();
        if (spec.warmup() > 0) {
            sim.resetStatisticsAt(spec.warmup());
        }
        sim.runUntil(spec.horizon());
        double measured = sim.now() - spec.warmup();
        return Responses.builder()
                .putAll(sim.report())
                .put("throughput", measured > 0 ? departuresAfterWarmup.count() / measured : Double.NaN)
                .put("arrivals", arrivals)
                .put("departures", departures)
                .put("inSystemAtEnd", inSystem.value())
                .put("events", sim.eventsExecuted())
                .put("endTime", sim.now())
                .build();
    }

    public Simulation simulation() {
        return sim;
    }

    public ServerPool pool() {
        return pool;
    }

    private void arrive(int index) {
        arrivals++;
        inSystem.add(1);
        pool.request(onGranted, index);
    }

    private void startService(int token, int server, double wait) {
        double s = service.sample();
        waited.add(wait > 0 ? 1 : 0);
        systemTime.add(wait + s);
        sim.schedule(s, onDeparture, server);
    }

    private void depart(int server) {
        departures++;
        departuresAfterWarmup.increment();
        inSystem.add(-1);
        pool.release(server);
    }
}
