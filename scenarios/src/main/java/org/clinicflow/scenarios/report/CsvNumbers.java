package org.clinicflow.scenarios.report;

/** Numbers as spreadsheet cells: plain decimal notation, empty for NaN. */
final class CsvNumbers {
    private CsvNumbers() {
    }

    static String cell(double v) {
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
