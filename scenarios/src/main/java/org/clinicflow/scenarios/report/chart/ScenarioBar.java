package org.clinicflow.scenarios.report.chart;

import org.clinicflow.simulator.stats.Estimate;

/** One scenario's KPI in a {@link ScenarioKpiChart}: the mean and the half-width of its 95% interval (NaN: unknown). */
public record ScenarioBar(String scenario, double mean, double halfWidth) {
    /** The bar of an estimate across replications. */
    public static ScenarioBar of(String scenario, Estimate e) {
        return new ScenarioBar(scenario, e.mean(), e.halfWidth());
    }
}
