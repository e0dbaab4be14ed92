package org.clinicflow.simulator.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

/**
 * Runs independent replications on a pool of threads. Each replication draws only from its own random streams, and
 * results are kept in replication order, so the outcome is identical on 1 thread or 16.
 */
public final class ReplicationRunner {
    private final int threads;

    /** {@code threads} of 0 or less means one per available core. */
    public ReplicationRunner(int threads) {
        this.threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    public List<Responses> run(int replications, IntFunction<Responses> replication) {
        return run(replications, replication, done -> { });
    }

    /**
     * Runs replications 0..n-1; {@code onDone} receives the number finished so far (for progress bars), from any
     * thread. A failure in any replication is rethrown as it was thrown.
     */
    public List<Responses> run(int replications, IntFunction<Responses> replication, IntConsumer onDone) {
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be at least 1, got " + replications);
        }
        Responses[] results = new Responses[replications];
        AtomicInteger finished = new AtomicInteger();
        int poolSize = Math.min(threads, replications);
        if (poolSize == 1) {
            for (int r = 0; r < replications; r++) {
                results[r] = replication.apply(r);
                onDone.accept(finished.incrementAndGet());
            }
            return List.of(results);
        }
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, runnable -> {
            Thread t = new Thread(runnable, "replication");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(replications);
            for (int r = 0; r < replications; r++) {
                int rep = r;
                futures.add(pool.submit(() -> {
                    results[rep] = replication.apply(rep);
                    onDone.accept(finished.incrementAndGet());
                }));
            }
            for (Future<?> f : futures) {
                await(f, futures);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.of(results);
    }

    private static void await(Future<?> f, List<Future<?>> all) {
        try {
            f.get();
        } catch (InterruptedException e) {
            all.forEach(x -> x.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replications", e);
        } catch (ExecutionException e) {
            all.forEach(x -> x.cancel(true));
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
