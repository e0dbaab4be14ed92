package org.clinicflow.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Tally's one-pass statistics agree with an exact two-pass computation over the same observations. */
class TallyTest {

    /** Mean and SD (n - 1) match a two-pass computation, also for data with a large offset; min, max, count exact. */
    @Test
    void meanAndSdMatchTwoPassComputation() {
        SplittableRandom rng = new SplittableRandom(2024);
        double[] x = new double[100_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1_000 + 30 * Math.exp(rng.nextGaussian());
        }
        Tally t = new Tally("wait");
        for (double v : x) {
            t.add(v);
        }

        double mean = Arrays.stream(x).sum() / x.length;
        double ss = Arrays.stream(x).map(v -> (v - mean) * (v - mean)).sum();
        double sd = Math.sqrt(ss / (x.length - 1));
        assertEquals(x.length, t.count());
        assertEquals(mean, t.mean(), 1e-12 * mean);
        assertEquals(sd, t.standardDeviation(), 1e-9 * sd);
        assertEquals(Arrays.stream(x).min().orElseThrow(), t.min());
        assertEquals(Arrays.stream(x).max().orElseThrow(), t.max());
    }

    /** Too few observations give NaN, not a made-up number. */
    @Test
    void emptyAndSingleObservation() {
        Tally t = new Tally("wait");
        assertTrue(Double.isNaN(t.mean()));
        assertTrue(Double.isNaN(t.min()));
        t.add(4);
        assertEquals(4, t.mean());
        assertTrue(Double.isNaN(t.variance()));
    }

    /** Reset (warm-up deletion) forgets everything observed before it. */
    @Test
    void resetForgetsEarlierObservations() {
        Tally t = new Tally("wait");
        t.add(100);
        t.add(200);
        t.reset(50);
        t.add(0);
        t.add(2);
        assertEquals(2, t.count());
        assertEquals(1, t.mean());
        assertEquals(2, t.max());
        assertEquals(0.5, t.fractionPositive());
    }

    /** The report carries the mean, count, SD, percentiles and max under the tally's name. */
    @Test
    void reportsUnderItsName() {
        Tally t = new Tally("queue.wait");
        for (int i = 1; i <= 100; i++) {
            t.add(i);
        }
        Responses.Builder b = Responses.builder();
        t.report(b, 0);
        Responses r = b.build();
        assertEquals(50.5, r.get("queue.wait"));
        assertEquals(100, r.get("queue.wait.count"));
        assertEquals(t.standardDeviation(), r.get("queue.wait.sd"));
        assertEquals(50, r.get("queue.wait.p50"), 0.005 * 50);
        assertEquals(90, r.get("queue.wait.p90"), 0.005 * 90);
        assertEquals(95, r.get("queue.wait.p95"), 0.005 * 95);
        assertEquals(100, r.get("queue.wait.max"));
    }
}
