package org.clinicflow.scenarios.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicflow.scenarios.report.KpiFormat;
import org.clinicflow.scenarios.report.TextTable;
import org.clinicflow.optimizer.waiting.WaitingCalibration;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * How the calibration converged, one row per iteration: the table correction used (range of the station factors),
 * MA-task waiting predicted by the corrected tables and simulated (patient-minutes a day), their ratio, the simulated
 * wait past appointment and labor cost, and the objective the best roster is chosen by.
 */
public final class CalibrationTable {
    public static final List<String> HEADER = List.of("iteration", "table correction", "predicted wait (pt-min/day)",
            "simulated wait (pt-min/day)", "simulated / predicted", "waitPastAppointmentMinutes", "laborCost",
            "cost + priced waiting", "kept");

    private CalibrationTable() {
    }

    public static List<List<String>> rows(List<CalibrationStep> steps, int chosen, String currency) {
        List<List<String>> rows = new ArrayList<>();
        for (CalibrationStep s : steps) {
            var results = s.simulated().results();
            rows.add(List.of(Integer.toString(s.iteration()), correction(s.calibration()),
                    String.format(Locale.ROOT, "%,.1f", s.predicted().total()),
                    String.format(Locale.ROOT, "%,.1f", s.simulated().taskWaits().total()),
                    Double.isNaN(s.ratio()) ? "n/a" : String.format(Locale.ROOT, "%.2f", s.ratio()),
                    KpiFormat.estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES,
                            results.estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES), currency),
                    KpiFormat.estimate(Kpi.LABOR_COST, results.estimate(Kpi.LABOR_COST), currency),
                    String.format(Locale.ROOT, "%s %,.2f", currency, s.objective()),
                    s.iteration() == chosen ? "yes" : ""));
        }
        return rows;
    }

    public static String render(List<CalibrationStep> steps, int chosen, String currency) {
        TextTable t = new TextTable(HEADER.toArray(String[]::new));
        rows(steps, chosen, currency).forEach(r -> t.row(r.toArray()));
        return t.render();
    }

    /** "none", "x0.27" or "x0.27 to x0.57 (4 stations)". */
    static String correction(WaitingCalibration c) {
        if (c.stationFactors().isEmpty()) {
            return "none";
        }
        double lo = c.stationFactors().values().stream().mapToDouble(Double::doubleValue).min().orElse(1);
        double hi = c.stationFactors().values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
        int n = c.stationFactors().size();
        return lo == hi ? String.format(Locale.ROOT, "x%.2f", lo)
                : String.format(Locale.ROOT, "x%.2f to x%.2f (%d stations)", lo, hi, n);
    }

    /** "pod-a x0.27, lab x0.57", every station's factor. */
    public static String factors(WaitingCalibration c) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Double> e : c.stationFactors().entrySet()) {
            parts.add(String.format(Locale.ROOT, "%s x%.2f", e.getKey(), e.getValue()));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
