package org.clinicflow.scenarios.report.chart;

import org.clinicflow.simulator.stats.Estimate;

/** One setting of a swept parameter: its value and the KPI's mean with the 95% confidence bounds there. */
public record SweepPoint(double value, double mean, double lower, double upper) {
    /** The point from an estimate across replications (a single replication has no interval: the bounds are the mean). */
    public static SweepPoint of(double value, Estimate estimate) {
        double half = Double.isFinite(estimate.halfWidth()) ? estimate.halfWidth() : 0;
        return new SweepPoint(value, estimate.mean(), estimate.mean() - half, estimate.mean() + half);
    }
}
