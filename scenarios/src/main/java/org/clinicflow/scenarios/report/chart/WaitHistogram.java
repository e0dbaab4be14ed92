package org.clinicflow.scenarios.report.chart;

import java.util.Arrays;

/**
 * Waits counted in bins of {@code binMinutes}: bin k holds waits in [k * binMinutes, (k + 1) * binMinutes), {@code
 * beyond} those past the last bin; {@code sumMinutes} is the sum of all waits (for the mean). {@code label} names the
 * run in a legend ("baseline", "optimized").
 */
public record WaitHistogram(String label, double binMinutes, long[] counts, long beyond, double sumMinutes) {
    public WaitHistogram {
        if (!(binMinutes > 0)) {
            throw new IllegalArgumentException("bins must be wider than 0 minutes, got " + binMinutes);
        }
        counts = counts.clone();
        if (beyond < 0 || Arrays.stream(counts).anyMatch(c -> c < 0)) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Waits counted. */
    public long total() {
        return Arrays.stream(counts).sum() + beyond;
    }

    /** The mean wait in minutes; NaN when nothing was counted. */
    public double mean() {
        long n = total();
        return n == 0 ? Double.NaN : sumMinutes / n;
    }

    /** The upper edge of the bins: waits from here on are counted in {@code beyond}. */
    public double rangeMinutes() {
        return counts.length * binMinutes;
    }

    /** Fraction of waits shorter than the upper edge of bin k (the empirical distribution function there). */
    public double fractionBelow(int k) {
        long n = total();
        if (n == 0) {
            return Double.NaN;
        }
        long below = 0;
        for (int i = 0; i <= k && i < counts.length; i++) {
            below += counts[i];
        }
        return (double) below / n;
    }

    /**
     * The shortest bin edge that at least a fraction {@code p} of waits fall below ("90% waited less than 14 min");
     * infinite when that fraction is reached only beyond the bins, NaN when empty.
     */
    public double edgeBelow(double p) {
        long n = total();
        if (n == 0) {
            return Double.NaN;
        }
        long below = 0;
        for (int k = 0; k < counts.length; k++) {
            below += counts[k];
            if (below >= p * n) {
                return (k + 1) * binMinutes;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    /** The same waits in bins {@code factor} times wider (the last one may be partial: its waits stay counted). */
    public WaitHistogram coarser(int factor) {
        if (factor < 1) {
            throw new IllegalArgumentException("factor must be 1 or more, got " + factor);
        }
        long[] merged = new long[(counts.length + factor - 1) / factor];
        for (int i = 0; i < counts.length; i++) {
            merged[i / factor] += counts[i];
        }
        return new WaitHistogram(label, binMinutes * factor, merged, beyond, sumMinutes);
    }
}
