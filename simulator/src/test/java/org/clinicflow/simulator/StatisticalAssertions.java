package org.clinicflow.simulator;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;
import org.clinicflow.simulator.stats.Estimate;
import org.clinicflow.simulator.stats.ReplicationSummary;

/**
 * Assertions for the statistical tests: every tolerance comes from the data's own standard error or confidence
 * interval, never from a hand-picked epsilon. Run with {@code -Dclinicflow.test.print=true} to print each comparison.
 */
public final class StatisticalAssertions {
    /**
     * Confidence level at which a theory comparison must cover the theoretical value. The suite makes a few dozen
     * fixed-seed comparisons; at 95% one or two would miss by chance even with a correct simulator, so each interval is
     * widened to 99.9% (the same Student-t interval as {@link ReplicationSummary}, only a larger quantile), which keeps
     * the chance of any false alarm in the suite at a few percent.
     */
    public static final double COVERAGE_CONFIDENCE = 0.999;

    private StatisticalAssertions() {
    }

    /** The Student-t interval of {@code e} (as {@link ReplicationSummary#estimate} builds it) at another confidence. */
    public static Estimate atConfidence(Estimate e, double confidence) {
        if (e.n() < 2) {
            return e;
        }
        double t = new TDistribution(null, e.n() - 1).inverseCumulativeProbability(1 - (1 - confidence) / 2);
        return new Estimate(e.name(), e.n(), e.mean(), e.standardDeviation(),
                t * e.standardDeviation() / Math.sqrt(e.n()));
    }

    /**
     * Asserts that the {@link #COVERAGE_CONFIDENCE} interval of a simulated estimate covers the theoretical value, and
     * that the interval is narrow (half-width at most {@code maxRelativeHalfWidth} of the value), so the test could
     * tell a simulator that is off by that much.
     */
    public static void assertAgreesWithTheory(String what, Estimate simulated, double theory,
                                              double maxRelativeHalfWidth) {
        Estimate wide = atConfidence(simulated, COVERAGE_CONFIDENCE);
        String line = String.format(Locale.ROOT,
                "%s: simulated %.5f, 95%% CI ±%.5f (%.2f%%), 99.9%% CI [%.5f, %.5f] (±%.2f%%); theory %.5f",
                what, simulated.mean(), simulated.halfWidth(), 100 * simulated.halfWidth() / theory, wide.lower(),
                wide.upper(), 100 * wide.halfWidth() / theory, theory);
        print(line);
        assertTrue(wide.covers(theory), "theory outside the 99.9% interval: " + line);
        assertTrue(wide.halfWidth() <= maxRelativeHalfWidth * Math.abs(theory),
                "interval too wide to be a useful check (max ±" + 100 * maxRelativeHalfWidth + "%): " + line);
    }

    /** Asserts {@code |observed - expected| <= k * standardError}. */
    public static void assertWithinStandardErrors(String what, double observed, double expected,
                                                  double standardError, double k) {
        String line = String.format(Locale.ROOT, "%s: observed %.6g, expected %.6g, SE %.3g, z = %.2f", what, observed,
                expected, standardError, (observed - expected) / standardError);
        print(line);
        assertTrue(Math.abs(observed - expected) <= k * standardError, "more than " + k + " SE apart: " + line);
    }

    /** Prints a comparison when {@code clinicflow.test.print} is set, for reporting the numbers behind a green run. */
    public static void print(String line) {
        if (Boolean.getBoolean("clinicflow.test.print")) {
            System.out.println(line);
        }
    }
}
