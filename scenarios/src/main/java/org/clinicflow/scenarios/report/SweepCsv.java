package org.clinicflow.scenarios.report;

import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicflow.scenarios.experiment.SweepResult;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/**
 * A sweep as one tidy CSV: a row per setting and KPI (every KPI) with the mean, the 95% interval and the number of
 * replications, ready for a pivot table or a plotting script.
 */
public final class SweepCsv {
    private SweepCsv() {
    }

    public static void write(Path file, SweepResult s) {
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("parameter", "value", "kpi",
                    "unit", "mean", "ci95Low", "ci95High", "halfWidth", "replications", "meetsTarget").get());
            for (int i = 0; i < s.values().size(); i++) {
                for (Kpi k : Kpi.values()) {
                    Estimate e = s.results().get(i).estimate(k);
                    csv.printRecord(s.parameter(), s.label(i), k.key(), KpiFormat.unit(k, s.currency()),
                            CsvNumbers.cell(e.mean()), CsvNumbers.cell(e.lower()), CsvNumbers.cell(e.upper()),
                            CsvNumbers.cell(e.halfWidth()), e.n(), s.target().isPresent() ? s.meetsTarget(i) : "");
                }
            }
            csv.flush();
        });
    }
}
