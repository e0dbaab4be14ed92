package org.clinicflow.scenarios.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Responses;

/** One row per replication with every KPI, for spreadsheets and scripts. */
public final class ReplicationsCsv {
    private ReplicationsCsv() {
    }

    public static void write(Path file, ClinicResults results) {
        List<String> header = new ArrayList<>();
        header.add("replication");
        for (Kpi k : Kpi.values()) {
            header.add(k.key());
        }
        AtomicFiles.write(file, out -> {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new))
                    .get());
            List<Responses> reps = results.summary().replications();
            for (int r = 0; r < reps.size(); r++) {
                List<Object> row = new ArrayList<>();
                row.add(r);
                for (Kpi k : Kpi.values()) {
                    row.add(CsvNumbers.cell(reps.get(r).has(k.key()) ? reps.get(r).get(k.key()) : Double.NaN));
                }
                csv.printRecord(row);
            }
            csv.flush();
        });
    }
}
