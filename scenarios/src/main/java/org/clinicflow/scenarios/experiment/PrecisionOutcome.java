package org.clinicflow.scenarios.experiment;

import java.util.Locale;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * How a sequential run ended: {@code replications} run, whether every half-width reached the target, and the widest
 * one left ({@code widestKpi} of {@code widestOf}: a clinic's name, or "B - A" for a paired difference; both null, and
 * the half-width NaN, when no replication measured any of the target's KPIs).
 */
public record PrecisionOutcome(PrecisionTarget target, int replications, boolean reached, double widestHalfWidth,
                               Kpi widestKpi, String widestOf) {

    /** One line for people, e.g. "40 replications (auto): every 95% half-width ... is within 0.5 (widest 0.47 ...)". */
    public String describe() {
        String kpis = String.join(", ", target.kpis().stream().map(Kpi::key).toList());
        if (widestKpi == null) {
            return replications + " replications (auto): no replication measured " + kpis
                    + ", so more would not help; choose --precision-kpis this scenario reports.";
        }
        String widest = String.format(Locale.ROOT, "%.2f on %s of %s", widestHalfWidth, widestKpi.key(), widestOf);
        if (reached) {
            return String.format(Locale.ROOT, "%d replications (auto): every 95%% half-width of %s is within %s"
                    + " (widest %s).", replications, kpis, number(target.halfWidth()), widest);
        }
        return String.format(Locale.ROOT, "%d replications (auto) reached the cap before every 95%% half-width of %s"
                + " was within %s: the widest is %s. Raise --max-replications, or accept the wider intervals.",
                replications, kpis, number(target.halfWidth()), widest);
    }

    private static String number(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
