package org.clinicflow.simulator.random;

import static org.clinicflow.simulator.ModelInputException.requireNonNegative;
import static org.clinicflow.simulator.ModelInputException.requirePositive;

import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.distribution.EnumeratedRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.clinicflow.simulator.ModelInputException;

/**
 * A distribution of non-negative durations in minutes, described by the parameters people quote (mean and SD, mean and
 * CV, min/mode/max). Parameters are checked when the record is built; {@link #sampler} binds it to a random stream.
 */
public sealed interface Distribution {

    /** A sampler drawing from this distribution with {@code rng}. */
    Sampler sampler(RandomGenerator rng);

    double mean();

    double variance();

    /** Short human-readable form, e.g. {@code lognormal(mean 7.5, sd 3)}. */
    String describe();

    /** E[X^2], as queueing formulas (Pollaczek-Khinchine) need it. */
    default double secondMoment() {
        double m = mean();
        return variance() + m * m;
    }

    /** Coefficient of variation SD / mean. */
    default double cv() {
        return Math.sqrt(variance()) / mean();
    }

    /** Exponential with the given mean. */
    record Exponential(double mean) implements Distribution {
        public Exponential {
            requirePositive("exponential mean", mean);
        }

        @Override
        public Sampler sampler(RandomGenerator rng) {
            if (rng instanceof RandomStream stream) {
                return () -> mean * stream.nextExponential();
            }
            return new ExponentialDistribution(rng, mean)::sample;
        }

        @Override
        public double variance() {
            return mean * mean;
        }

        @Override
        public String describe() {
            return fmt("exponential(mean %s)", mean);
        }
    }

    /** Lognormal given by the mean and SD of the duration itself (not of its logarithm). */
    record LogNormal(double mean, double sd) implements Distribution {
        public LogNormal {
            requirePositive("lognormal mean", mean);
            requirePositive("lognormal sd", sd);
        }

        @Override
        public Sampler sampler(RandomGenerator rng) {
            double sigma2 = Math.log1p((sd * sd) / (mean * mean));
            double mu = Math.log(mean) - sigma2 / 2;
            return new LogNormalDistribution(rng, mu, Math.sqrt(sigma2))::sample;
        }

        @Override
        public double variance() {
            return sd * sd;
        }

        @Override
        public String describe() {
            return fmt("lognormal(mean %s, sd %s)", mean, sd);
        }
    }

    /** Gamma given by its mean and coefficient of variation (shape 1/cv^2). */
    record Gamma(double mean, double cv) implements Distribution {
        public Gamma {
            requirePositive("gamma mean", mean);
            requirePositive("gamma cv", cv);
        }

        @Override
        public Sampler sampler(RandomGenerator rng) {
            double shape = 1 / (cv * cv);
            return new GammaDistribution(rng, shape, mean / shape)::sample;
        }

        @Override
        public double variance() {
            return mean * mean * cv * cv;
        }

        @Override
        public String describe() {
            return fmt("gamma(mean %s, cv %s)", mean, cv);
        }
    }

    /**
     * A normal(mean, sd) truncated at zero: draws below zero are redrawn, so durations are never negative. mean and sd
     * are the parent normal's; {@link #mean()} is the truncated distribution's.
     */
    record TruncatedNormal(double parentMean, double parentSd) implements Distribution {
        public TruncatedNormal {
            if (!Double.isFinite(parentMean)) {
                throw new ModelInputException("normal mean", "must be a finite number, got " + parentMean);
            }
            requirePositive("normal sd", parentSd);
            if (parentMean / parentSd < -5) {
                throw new ModelInputException("normal mean",
                        "is more than 5 SDs below zero (" + parentMean + ", sd " + parentSd
                                + "): almost every draw would be truncated; use a different distribution");
            }
        }

        @Override
        public Sampler sampler(RandomGenerator rng) {
            NormalDistribution parent = new NormalDistribution(rng, parentMean, parentSd);
            double pBelowZero = parent.cumulativeProbability(0);
            if (pBelowZero < 0.75) {
                return () -> {
                    double x;
                    do {
                        x = parentMean + parentSd * rng.nextGaussian();
                    } while (x < 0);
                    return x;
                };
            }
            // Rejection would loop often: invert the CDF over the part above zero instead.
            return () -> Math.max(0, parent.inverseCumulativeProbability(
                    pBelowZero + rng.nextDouble() * (1 - pBelowZero)));
        }

        private double hazard() {
            double alpha = -parentMean / parentSd;
            NormalDistribution std = new NormalDistribution(null, 0, 1);
            return std.density(alpha) / (1 - std.cumulativeProbability(alpha));
        }

        @Override
        public double mean() {
            return parentMean + parentSd * hazard();
        }

        @Override
        public double variance() {
            double alpha = -parentMean / parentSd;
            double l = hazard();
            return parentSd * parentSd * (1 + alpha * l - l * l);
        }

        @Override
        public String describe() {
            return fmt("normal(mean %s, sd %s) truncated at 0", parentMean, parentSd);
        }
    }

    /** Triangular from min, mode and max. */
    record Triangular(double min, double mode, double max) implements Distribution {
        public Triangular {
            requireNonNegative("triangular min", min);
            if (!(min <= mode && mode <= max && min < max)) {
                throw new ModelInputException("triangular",
                        "needs min <= mode <= max and min < max, got " + min + ", " + mode + ", " + max);
            }
        }

        @Override
        public Sampler sampler(RandomGenerator rng) {
            return new TriangularDistribution(rng, min, mode, max)::sample;
        }

        @Override
        public double mean() {
            return (min + mode + max) / 3;
        }

        @Override
        public double variance() {
            return (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18;
        }

        @Override
        public String describe() {
            return fmt("triangular(min %s, mode %s, max %s)", min, mode, max);
        }
    }

    /** Uniform between min and max. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireNonNegative("uniform min", min);
            if (!(max > min) || Double.isInfinite(max)) {
                throw new ModelInputException("uniform max", "must be greater than min " + min + ", got " + max);
            }
        }

        @Override
        public Sampler sampler(RandomGenerator rng) {
            return new UniformRealDistribution(rng, min, max)::sample;
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }

        @Override
        public double variance() {
            return (max - min) * (max - min) / 12;
        }

        @Override
        public String describe() {
            return fmt("uniform(min %s, max %s)", min, max);
        }
    }

    /** Always the same value. */
    record Fixed(double value) implements Distribution {
        public Fixed {
            requireNonNegative("fixed value", value);
        }

        @Override
        public Sampler sampler(RandomGenerator rng) {
            return () -> value;
        }

        @Override
        public double mean() {
            return value;
        }

        @Override
        public double variance() {
            return 0;
        }

        @Override
        public String describe() {
            return fmt("fixed(%s)", value);
        }
    }

    /** An empirical table: each value with its relative weight (weights need not sum to 1). */
    record Empirical(List<Double> values, List<Double> weights) implements Distribution {
        public Empirical {
            values = List.copyOf(values);
            weights = List.copyOf(weights);
            if (values.isEmpty()) {
                throw new ModelInputException("empirical values", "the table is empty: give at least one value");
            }
            if (values.size() != weights.size()) {
                throw new ModelInputException("empirical weights",
                        "there are " + values.size() + " values but " + weights.size() + " weights");
            }
            double total = 0;
            for (int i = 0; i < values.size(); i++) {
                requireNonNegative("empirical values[" + i + "]", values.get(i));
                total += requireNonNegative("empirical weights[" + i + "]", weights.get(i));
            }
            if (!(total > 0)) {
                throw new ModelInputException("empirical weights", "must not all be zero");
            }
        }

        @Override
        public Sampler sampler(RandomGenerator rng) {
            double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
            double total = weights.stream().mapToDouble(Double::doubleValue).sum();
            double[] p = weights.stream().mapToDouble(w -> w / total).toArray();
            return new EnumeratedRealDistribution(rng, v, p)::sample;
        }

        @Override
        public double mean() {
            double total = 0;
            double sum = 0;
            for (int i = 0; i < values.size(); i++) {
                total += weights.get(i);
                sum += weights.get(i) * values.get(i);
            }
            return sum / total;
        }

        @Override
        public double variance() {
            double m = mean();
            double total = 0;
            double sum = 0;
            for (int i = 0; i < values.size(); i++) {
                double d = values.get(i) - m;
                total += weights.get(i);
                sum += weights.get(i) * d * d;
            }
            return sum / total;
        }

        @Override
        public String describe() {
            return "empirical(" + values.size() + " values, mean " + fmt("%s", mean()) + ")";
        }
    }

    private static String fmt(String pattern, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof Double d ? compact(d) : args[i];
        }
        return String.format(Locale.ROOT, pattern, shown);
    }

    private static String compact(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return String.format(Locale.ROOT, "%.4g", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
