package org.clinicflow.scenarios.report.chart;

import java.util.List;

/** A KPI across the values of a swept parameter, named for the legend (a scenario, a KPI, a policy). */
public record SweepSeries(String label, List<SweepPoint> points) {
    public SweepSeries {
        points = List.copyOf(points);
    }
}
