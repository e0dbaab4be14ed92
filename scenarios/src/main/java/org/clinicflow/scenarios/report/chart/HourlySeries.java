package org.clinicflow.scenarios.report.chart;

/** A value per hour of the day (index 0 is 00:00-01:00; NaN where there is nothing to measure), named for a legend. */
public record HourlySeries(String label, double[] values) {
    public HourlySeries {
        values = HourArrays.checked(label, values);
    }
}
