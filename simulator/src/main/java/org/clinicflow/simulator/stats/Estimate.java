package org.clinicflow.simulator.stats;

import java.util.Locale;

/**
 * A response summarised across independent replications: the sample mean, its standard deviation and a 95% Student-t
 * confidence interval for the true mean. {@code n} counts replications that reported a number (NaN ones are left out).
 */
public record Estimate(String name, int n, double mean, double standardDeviation, double halfWidth) {

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    /** True when the interval covers {@code value}. */
    public boolean covers(double value) {
        return value >= lower() && value <= upper();
    }

    /** "12.34 ± 0.56" with the given number of decimals. */
    public String format(int decimals) {
        if (Double.isNaN(mean)) {
            return "n/a";
        }
        String f = "%." + decimals + "f";
        if (Double.isNaN(halfWidth)) {
            return String.format(Locale.ROOT, f, mean);
        }
        return String.format(Locale.ROOT, f + " ± " + f, mean, halfWidth);
    }
}
