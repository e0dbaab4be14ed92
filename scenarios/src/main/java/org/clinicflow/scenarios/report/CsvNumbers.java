package org.clinicflow.scenarios.report;

/** Numbers as spreadsheet cells: plain decimal notation, empty for NaN. */
public final class CsvNumbers {
    private CsvNumbers() {
    }

    /** The cell for {@code v}: a plain decimal (no exponent, no grouping), empty for NaN or infinity. */
    public static String cell(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(10)).stripTrailingZeros()
                .toPlainString();
    }
}
