package org.clinicflow.simulator.random;

import static org.clinicflow.simulator.StatisticalAssertions.assertWithinStandardErrors;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each distribution draws what it claims: the sample mean and variance of 200,000 draws lie within 4.5 standard errors
 * of {@link Distribution#mean()} and {@link Distribution#variance()}; the SE of the variance comes from the sample's
 * fourth central moment, Var(s^2) ~ (m4 - m2^2) / n.
 */
class DistributionMomentsTest {
    private static final long SEED = 31_415_926L;
    private static final int DRAWS = 200_000;
    private static final double STANDARD_ERRORS = 4.5;

    static Stream<Distribution> distributions() {
        return Stream.of(
                new Distribution.Exponential(4),
                new Distribution.LogNormal(7.5, 3),
                new Distribution.LogNormal(10, 8),
                new Distribution.Gamma(10, 0.5),
                new Distribution.Gamma(5, 1.5), // shape below 1
                new Distribution.TruncatedNormal(10, 3), // truncation negligible
                new Distribution.TruncatedNormal(1, 2), // redrawn below zero
                new Distribution.TruncatedNormal(-2, 1.5), // inverse-CDF branch
                new Distribution.TruncatedNormal(-4, 1), // far tail of the inverse-CDF branch
                new Distribution.Triangular(2, 3, 10),
                new Distribution.Triangular(0, 0, 5),
                new Distribution.Uniform(2, 5),
                new Distribution.Empirical(List.of(5.0, 10.0, 15.0, 30.0), List.of(4.0, 3.0, 2.0, 1.0)),
                new Distribution.Empirical(List.of(0.0, 7.0, 12.0, 40.0), List.of(0.5, 0.0, 3.0, 0.25)));
    }

    private static double[] draw(Distribution d) {
        Sampler s = d.sampler(new RandomStreams(SEED, 0).stream(d.describe()));
        double[] x = new double[DRAWS];
        for (int i = 0; i < x.length; i++) {
            x[i] = s.sample();
        }
        return x;
    }

    /** Sample mean within 4.5 SE of mean(), sample variance within 4.5 SE of variance(), and no negative draw. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("distributions")
    void sampleMomentsMatchStatedMoments(Distribution d) {
        double[] x = draw(d);
        int n = x.length;
        double mean = 0;
        for (double v : x) {
            mean += v;
        }
        mean /= n;
        double m2 = 0;
        double m4 = 0;
        double min = Double.POSITIVE_INFINITY;
        for (double v : x) {
            double dev = v - mean;
            m2 += dev * dev;
            m4 += dev * dev * dev * dev;
            min = Math.min(min, v);
        }
        m2 /= n;
        m4 /= n;
        double sampleVariance = m2 * n / (n - 1);

        assertTrue(min >= 0, d.describe() + " drew a negative duration " + min);
        assertWithinStandardErrors(d.describe() + " mean", mean, d.mean(), Math.sqrt(sampleVariance / n),
                STANDARD_ERRORS);
        assertWithinStandardErrors(d.describe() + " variance", sampleVariance, d.variance(),
                Math.sqrt((m4 - m2 * m2) / n), STANDARD_ERRORS);
    }

    /** A fixed duration is always exactly its value: mean and variance are exact. */
    @Test
    void fixedIsAlwaysItsValue() {
        Distribution fixed = new Distribution.Fixed(7.5);
        for (double v : draw(fixed)) {
            assertEquals(7.5, v);
        }
        assertEquals(7.5, fixed.mean());
        assertEquals(0, fixed.variance());
    }

    /** The derived moments queueing formulas use: E[S^2] = Var + mean^2 and cv = sd / mean. */
    @Test
    void secondMomentAndCv() {
        Distribution g = new Distribution.Gamma(5, 1.5);
        assertEquals(25 * (1 + 2.25), g.secondMoment(), 1e-12);
        assertEquals(1.5, g.cv(), 1e-12);
        assertEquals(0.4, new Distribution.LogNormal(7.5, 3).cv(), 1e-12);
    }
}
