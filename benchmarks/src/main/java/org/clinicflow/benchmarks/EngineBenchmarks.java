package org.clinicflow.benchmarks;

import java.util.concurrent.TimeUnit;
import org.clinicflow.simulator.engine.EventList;
import org.clinicflow.simulator.engine.EventHandler;
import org.clinicflow.simulator.queueing.QueueModel;
import org.clinicflow.simulator.queueing.QueueModelSpec;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.random.RandomStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the engine: whole M/M/4 replications at rho 0.9 (customers per second, the figure `clinicflow
 * bench` reports) and the bare event list under a hold model (events per second).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmarks {
    private static final int CUSTOMERS = 200_000;
    private static final int HOLD_EVENTS = 1_000_000;

    private QueueModelSpec spec;
    private int replication;
    private EventList events;
    private final EventHandler noop = arg -> { };
    private long state = 42;

    @Setup
    public void setUp() {
        spec = QueueModelSpec.poisson(3.6, new Distribution.Exponential(1.0), 4, CUSTOMERS, 0);
        events = new EventList();
        for (int i = 0; i < 64; i++) {
            events.add(nextGap(), noop, 0);
        }
    }

    /** Customers per second through an M/M/4 queue built from the engine's event list, pool and statistics. */
    @Benchmark
    @OperationsPerInvocation(CUSTOMERS)
    public double mm4Customers() {
        return new QueueModel(spec, new RandomStreams(1, replication++)).run().get("queue.wait");
    }

    /** Events per second through the event list alone: the classic hold model with 64 pending events. */
    @Benchmark
    @OperationsPerInvocation(HOLD_EVENTS)
    public double eventListHold() {
        EventList ev = events;
        double last = 0;
        for (int i = 0; i < HOLD_EVENTS; i++) {
            int slot = ev.firstSlot();
            last = ev.timeOf(slot);
            ev.removeFirst();
            ev.add(last + nextGap(), noop, 0);
        }
        return last;
    }

    private double nextGap() {
        state ^= state << 13;
        state ^= state >>> 7;
        state ^= state << 17;
        return (state >>> 11) * 0x1.0p-53;
    }
}
