package org.clinicflow.scenarios.report.chart;

/** Checks of the 24-value arrays (one per hour of the day) that hourly charts take. */
final class HourArrays {
    static final int HOURS = 24;

    private HourArrays() {
    }

    /** A copy of {@code values}, which must hold 24 numbers. */
    static double[] checked(String name, double[] values) {
        if (values == null || values.length != HOURS) {
            throw new IllegalArgumentException(name + " needs one value per hour of the day (24), got "
                    + (values == null ? "none" : values.length));
        }
        return values.clone();
    }

    /**
     * The hours to show: from the first hour with a positive value in any of the arrays to the last, widened to at
     * least {@code minHours}; the whole day when all are empty. Returns {first, endExclusive}.
     */
    static int[] span(int minHours, double[]... arrays) {
        int first = HOURS;
        int last = -1;
        for (double[] a : arrays) {
            for (int h = 0; h < HOURS; h++) {
                if (a[h] > 0) {
                    first = Math.min(first, h);
                    last = Math.max(last, h);
                }
            }
        }
        if (last < 0) {
            return new int[] {0, HOURS};
        }
        int end = last + 1;
        while (end - first < minHours) {
            if (first > 0) {
                first--;
            }
            if (end - first < minHours && end < HOURS) {
                end++;
            }
        }
        return new int[] {first, end};
    }
}
