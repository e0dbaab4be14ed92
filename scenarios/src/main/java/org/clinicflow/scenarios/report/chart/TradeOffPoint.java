package org.clinicflow.scenarios.report.chart;

import org.clinicflow.simulator.stats.Estimate;

/**
 * One roster on the cost-waiting plane: a label (the solver weights that produced it, "baseline"), its labor cost and
 * mean waiting-room minutes, each with the half-width of its 95% interval (0 or NaN when unknown).
 */
public record TradeOffPoint(String label, double laborCost, double laborCostHalfWidth, double waitingMinutes,
                            double waitingHalfWidth) {
    /** The point from the two estimates across replications. */
    public static TradeOffPoint of(String label, Estimate laborCost, Estimate waitingMinutes) {
        return new TradeOffPoint(label, laborCost.mean(), laborCost.halfWidth(), waitingMinutes.mean(),
                waitingMinutes.halfWidth());
    }

    /** True when this point is at least as good on both axes as {@code other} and better on one. */
    public boolean dominates(TradeOffPoint other) {
        return laborCost <= other.laborCost && waitingMinutes <= other.waitingMinutes
                && (laborCost < other.laborCost || waitingMinutes < other.waitingMinutes);
    }
}
