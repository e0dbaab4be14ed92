package org.clinicflow.simulator.stats;

/**
 * Statistics of observations (waits, cycle times): count, mean and SD by Welford's method, min, max and percentiles
 * from a {@link QuantileHistogram}. Memory does not grow with the number of observations.
 */
public final class Tally implements Statistic {
    private final String name;
    private final QuantileHistogram histogram = new QuantileHistogram();
    private long count;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public Tally(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    public void add(double x) {
        long n = ++count;
        double delta = x - mean;
        mean += delta / n;
        m2 += delta * (x - mean);
        if (x < min) {
            min = x;
        }
        if (x > max) {
            max = x;
        }
        histogram.add(x);
    }

    public long count() {
        return count;
    }

    /** Mean, NaN when nothing was observed. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** Sample variance (n - 1 denominator), NaN with fewer than two observations. */
    public double variance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /** The p-quantile (p in [0, 1]) within 0.4% relative error. */
    public double percentile(double p) {
        return histogram.quantile(p);
    }

    /** Fraction of observations above zero (for waits: the probability of waiting). */
    public double fractionPositive() {
        return histogram.fractionPositive();
    }

    @Override
    public void reset(double now) {
        count = 0;
        mean = 0;
        m2 = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        histogram.reset();
    }

    @Override
    public void report(Responses.Builder out, double now) {
        out.put(name, mean());
        out.put(name + ".count", count);
        out.put(name + ".sd", standardDeviation());
        out.put(name + ".p50", percentile(0.50));
        out.put(name + ".p90", percentile(0.90));
        out.put(name + ".p95", percentile(0.95));
        out.put(name + ".max", max());
    }
}
