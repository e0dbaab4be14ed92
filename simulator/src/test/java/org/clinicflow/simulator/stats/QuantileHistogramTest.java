package org.clinicflow.simulator.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Histogram percentiles are within 0.5% of the exact nearest-rank percentile, and exact at zero. */
class QuantileHistogramTest {
    private static final double[] PS = {0, 0.001, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 0.999, 1};

    /** Exact nearest-rank p-quantile of sorted data: the ceil(p n)-th smallest (the smallest for p = 0). */
    private static double nearestRank(double[] sorted, double p) {
        long rank = Math.max(1, (long) Math.ceil(p * sorted.length));
        return sorted[(int) rank - 1];
    }

    /** Data spanning six orders of magnitude, with a share of exact zeros (patients who did not wait). */
    private static double[] data(double zeroShare, int n) {
        SplittableRandom rng = new SplittableRandom(77);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble() < zeroShare ? 0 : -Math.log(rng.nextDouble()) * Math.pow(10, rng.nextDouble(-3, 3));
        }
        return x;
    }

    /** Every tested percentile is within 0.5% relative of the exact one; percentiles among the zeros are exactly 0. */
    @ParameterizedTest(name = "zero share {0}")
    @ValueSource(doubles = {0.0, 0.3})
    void percentilesMatchExactNearestRank(double zeroShare) {
        double[] x = data(zeroShare, 200_000);
        QuantileHistogram h = new QuantileHistogram();
        for (double v : x) {
            h.add(v);
        }
        double[] sorted = x.clone();
        Arrays.sort(sorted);

        for (double p : PS) {
            double exact = nearestRank(sorted, p);
            if (exact == 0) {
                assertEquals(0.0, h.quantile(p), "p = " + p);
            } else {
                assertEquals(exact, h.quantile(p), 0.005 * exact, "p = " + p);
            }
        }
        long positive = Arrays.stream(x).filter(v -> v > 0).count();
        assertEquals((double) positive / x.length, h.fractionPositive());
        assertEquals(x.length, h.count());
    }

    /** Empty: NaN; after reset: empty again. */
    @Test
    void emptyAndReset() {
        QuantileHistogram h = new QuantileHistogram();
        assertTrue(Double.isNaN(h.quantile(0.5)));
        assertTrue(Double.isNaN(h.fractionPositive()));
        h.add(3);
        h.reset();
        assertEquals(0, h.count());
        assertTrue(Double.isNaN(h.quantile(0.5)));
    }
}
