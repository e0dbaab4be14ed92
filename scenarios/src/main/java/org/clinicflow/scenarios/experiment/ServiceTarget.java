package org.clinicflow.scenarios.experiment;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/**
 * A service level a setting must meet, such as {@code roomedWithin15MinPct>=90} or {@code waitingRoomMinutes<=10}. A
 * setting meets it only when the whole 95% confidence interval does (the lower bound for {@code >=}, the upper for
 * {@code <=}): a setting whose mean meets the target by chance is not recommended.
 */
public record ServiceTarget(Kpi kpi, Relation relation, double threshold) {
    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z0-9.]+)\\s*(>=|<=|>|<)\\s*([-+]?[0-9]*\\.?[0-9]+)\\s*");

    /** How the KPI must stand to the threshold. */
    public enum Relation {
        AT_LEAST(">="), ABOVE(">"), AT_MOST("<="), BELOW("<");

        private final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(double value, double threshold) {
            return switch (this) {
                case AT_LEAST -> value >= threshold;
                case ABOVE -> value > threshold;
                case AT_MOST -> value <= threshold;
                case BELOW -> value < threshold;
            };
        }

        boolean wantsHigh() {
            return this == AT_LEAST || this == ABOVE;
        }
    }

    /** Reads {@code KPI>=NUMBER} (also {@code >}, {@code <=}, {@code <}); KPI is a key of docs/kpis.md. */
    public static ServiceTarget parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new ModelInputException("--target " + text, "write KPI>=NUMBER or KPI<=NUMBER, e.g."
                    + " roomedWithin15MinPct>=90 or waitingRoomMinutes<=10");
        }
        Kpi kpi = KpiNames.byKey(m.group(1), "--target " + text);
        Relation relation = Arrays.stream(Relation.values()).filter(r -> r.symbol.equals(m.group(2))).findFirst()
                .orElseThrow();
        return new ServiceTarget(kpi, relation, Double.parseDouble(m.group(3)));
    }

    /** True when the whole 95% interval meets the target (a single replication's mean, with no interval, does not). */
    public boolean metBy(Estimate e) {
        if (Double.isNaN(e.mean()) || Double.isNaN(e.halfWidth())) {
            return false;
        }
        return relation.holds(relation.wantsHigh() ? e.lower() : e.upper(), threshold);
    }

    /** True when the mean meets the target, proven or not. */
    public boolean meanMeets(Estimate e) {
        return !Double.isNaN(e.mean()) && relation.holds(e.mean(), threshold);
    }

    /** The better of two estimates for this target (the higher mean for {@code >=}). */
    boolean better(Estimate a, Estimate b) {
        if (Double.isNaN(b.mean())) {
            return true;
        }
        return relation.wantsHigh() ? a.mean() > b.mean() : a.mean() < b.mean();
    }

    /** As written: {@code roomedWithin15MinPct >= 90}. */
    @Override
    public String toString() {
        return kpi.key() + " " + relation.symbol + " " + (threshold == Math.rint(threshold)
                ? Long.toString((long) threshold) : String.format(Locale.ROOT, "%s", threshold));
    }
}
