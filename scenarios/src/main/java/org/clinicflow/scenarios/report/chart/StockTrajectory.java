package org.clinicflow.scenarios.report.chart;

/**
 * One supply item's stock at the end of each simulated day from {@code firstDay}: the mean units on hand across
 * replications and the lowest and highest any replication had, with the item's reorder point.
 */
public record StockTrajectory(String itemId, String name, int reorderPoint, int firstDay, double[] meanOnHand,
                              double[] minOnHand, double[] maxOnHand) {
    public StockTrajectory {
        if (meanOnHand.length != minOnHand.length || meanOnHand.length != maxOnHand.length) {
            throw new IllegalArgumentException("mean, min and max on hand need one value per day each");
        }
        meanOnHand = meanOnHand.clone();
        minOnHand = minOnHand.clone();
        maxOnHand = maxOnHand.clone();
    }

    public int days() {
        return meanOnHand.length;
    }
}
