package org.clinicflow.simulator.stats;

/**
 * Counts non-negative observations in log-linear buckets (128 per power of two), so any percentile is known to within
 * 0.4% relative error in fixed memory, whatever the number of observations. Exact zeros (a patient who did not wait)
 * are counted apart, so "probability of waiting" style percentiles stay exact.
 */
public final class QuantileHistogram {
    private static final int SUB_BITS = 7;
    private static final int SUB_BUCKETS = 1 << SUB_BITS;
    /** Smallest exponent kept; smaller positive values (below ~1e-9) count as the smallest bucket. */
    private static final int MIN_EXPONENT = -30;
    /** Largest exponent kept; larger values (above ~1.7e10) count as the largest bucket. */
    private static final int MAX_EXPONENT = 33;

    private final long[][] binades = new long[MAX_EXPONENT - MIN_EXPONENT + 1][];
    private long zeros;
    private long count;

    public void add(double x) {
        count++;
        if (x <= 0) {
            zeros++;
            return;
        }
        int exp = Math.getExponent(x);
        int sub;
        if (exp < MIN_EXPONENT) {
            exp = MIN_EXPONENT;
            sub = 0;
        } else if (exp > MAX_EXPONENT) {
            exp = MAX_EXPONENT;
            sub = SUB_BUCKETS - 1;
        } else {
            sub = (int) ((Double.doubleToRawLongBits(x) >>> (52 - SUB_BITS)) & (SUB_BUCKETS - 1));
        }
        long[] b = binades[exp - MIN_EXPONENT];
        if (b == null) {
            b = new long[SUB_BUCKETS];
            binades[exp - MIN_EXPONENT] = b;
        }
        b[sub]++;
    }

    public long count() {
        return count;
    }

    /** The p-quantile (p in [0, 1]) by the nearest-rank rule, as the midpoint of its bucket; NaN when empty. */
    public double quantile(double p) {
        if (count == 0) {
            return Double.NaN;
        }
        long rank = Math.max(1, (long) Math.ceil(p * count));
        long seen = zeros;
        if (seen >= rank) {
            return 0.0;
        }
        for (int e = 0; e < binades.length; e++) {
            long[] b = binades[e];
            if (b == null) {
                continue;
            }
            for (int s = 0; s < SUB_BUCKETS; s++) {
                seen += b[s];
                if (seen >= rank) {
                    double lower = Math.scalb(1.0 + (double) s / SUB_BUCKETS, e + MIN_EXPONENT);
                    double width = Math.scalb(1.0 / SUB_BUCKETS, e + MIN_EXPONENT);
                    return lower + width / 2;
                }
            }
        }
        return Double.NaN; // unreachable: the counts add up to count
    }

    /** Fraction of observations strictly greater than zero. */
    public double fractionPositive() {
        return count == 0 ? Double.NaN : (double) (count - zeros) / count;
    }

    public void reset() {
        for (int e = 0; e < binades.length; e++) {
            binades[e] = null;
        }
        zeros = 0;
        count = 0;
    }
}
