package org.clinicflow.scenarios.batch;

import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/**
 * A headline figure of a scenario in the batch summary: which KPI it is (its key in docs/kpis.md), the mean and the
 * bounds of its 95% confidence interval (null when not measured), and the replications behind it. Kept in the
 * completion marker, so a reused scenario's summary row needs no rerun.
 */
public record SummaryFigure(String kpi, Double mean, Double ci95Low, Double ci95High, Double halfWidth,
                            int replications) {
    /** The figure of an estimate across replications. */
    public static SummaryFigure of(Kpi kpi, Estimate e) {
        return new SummaryFigure(kpi.key(), finite(e.mean()), finite(e.lower()), finite(e.upper()),
                finite(e.halfWidth()), e.n());
    }

    /** The KPI this figure measures. */
    public Kpi measure() {
        return Kpi.byKey(kpi);
    }

    /** Back to an estimate, for formatting and charts (the standard deviation is not kept). */
    public Estimate estimate() {
        return new Estimate(kpi, replications, number(mean), Double.NaN, number(halfWidth));
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double number(Double v) {
        return v == null ? Double.NaN : v;
    }
}
