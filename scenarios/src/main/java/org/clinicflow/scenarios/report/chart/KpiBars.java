package org.clinicflow.scenarios.report.chart;

import java.util.List;

/** One panel of a {@link ScenarioKpiChart}: a KPI's axis label with its unit, and a bar per scenario. */
public record KpiBars(String axisLabel, List<ScenarioBar> bars) {
    public KpiBars {
        bars = List.copyOf(bars);
    }
}
