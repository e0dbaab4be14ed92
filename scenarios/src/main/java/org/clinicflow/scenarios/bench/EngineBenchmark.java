package org.clinicflow.scenarios.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Arrays;
import org.clinicflow.simulator.queueing.QueueModel;
import org.clinicflow.simulator.queueing.QueueModelSpec;
import org.clinicflow.simulator.random.Distribution;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.ReplicationRunner;
import org.clinicflow.simulator.stats.Responses;

/**
 * Measures the engine on the reference model, an M/M/4 queue at rho = 0.9 built from the engine's own event list,
 * server pool, arrival source and statistics (warm-up runs first, so the JIT has compiled the loop): customers and
 * events per second on one thread, heap retained by a finished run at two run lengths (flat memory), and replications
 * per second on all cores.
 */
public final class EngineBenchmark {
    /** M/M/4 at rho 0.9 with unit mean service: lambda = 3.6 per minute. */
    static final int SERVERS = 4;
    static final double RHO = 0.9;

    private EngineBenchmark() {
    }

    /** Speed of single-threaded runs: the median and best of {@code runs} timed runs. */
    public record SingleThread(long customers, int runs, double medianCustomersPerSecond,
                               double bestCustomersPerSecond, double eventsPerCustomer) {
        public double medianEventsPerSecond() {
            return medianCustomersPerSecond * eventsPerCustomer;
        }
    }

    /** Heap retained by a finished model of each run length, after garbage collection. */
    public record Memory(long shortRunCustomers, long shortRunBytes, long longRunCustomers, long longRunBytes) {
    }

    /** Throughput of whole replications on a thread pool. */
    public record Parallel(int threads, int replications, long customersPerReplication, double seconds) {
        public double replicationsPerSecond() {
            return replications / seconds;
        }

        public double customersPerSecond() {
            return replications * (double) customersPerReplication / seconds;
        }
    }

    public static QueueModelSpec referenceSpec(long customers) {
        return QueueModelSpec.poisson(RHO * SERVERS, new Distribution.Exponential(1.0), SERVERS, customers, 0);
    }

    public static SingleThread singleThread(long customers, int warmupRuns, int runs) {
        QueueModelSpec spec = referenceSpec(customers);
        for (int i = 0; i < warmupRuns; i++) {
            new QueueModel(spec, new RandomStreams(1, 1000 + i)).run();
        }
        double[] rates = new double[runs];
        double events = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Responses r = new QueueModel(spec, new RandomStreams(1, i)).run();
            double seconds = (System.nanoTime() - t0) / 1e9;
            rates[i] = customers / seconds;
            events += r.get("events");
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        double median = runs % 2 == 1 ? sorted[runs / 2] : (sorted[runs / 2 - 1] + sorted[runs / 2]) / 2;
        return new SingleThread(customers, runs, median, sorted[runs - 1], events / runs / customers);
    }

    public static Memory memory(long shortRun, long longRun) {
        return new Memory(shortRun, retainedBytes(shortRun), longRun, retainedBytes(longRun));
    }

    private static long retainedBytes(long customers) {
        MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
        long before = usedAfterGc(mx);
        QueueModel model = new QueueModel(referenceSpec(customers), new RandomStreams(1, 0));
        model.run();
        long after = usedAfterGc(mx);
        // keep the finished model reachable until measured
        return model.simulation().eventsExecuted() >= 0 ? Math.max(0, after - before) : 0;
    }

    private static long usedAfterGc(MemoryMXBean mx) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return mx.getHeapMemoryUsage().getUsed();
    }

    public static Parallel parallel(int threads, int replications, long customers) {
        QueueModelSpec spec = referenceSpec(customers);
        ReplicationRunner runner = new ReplicationRunner(threads);
        runner.run(runner.threads(), r -> new QueueModel(spec, new RandomStreams(2, 1000 + r)).run());
        long t0 = System.nanoTime();
        runner.run(replications, r -> new QueueModel(spec, new RandomStreams(2, r)).run());
        return new Parallel(runner.threads(), replications, customers, (System.nanoTime() - t0) / 1e9);
    }
}
