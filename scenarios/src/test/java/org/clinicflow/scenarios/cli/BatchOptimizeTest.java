package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code batch --optimize}: an optimized roster per scenario, proved against the baseline, in the summary. */
class BatchOptimizeTest {

    @Test
    void optimizesEachScenarioAndReusesItOnARerun(@TempDir Path dir) throws Exception {
        String[] args = {"batch", "builtin:cardiology", "--out", dir.toString(), "--optimize", "--replications", "3",
                "--days", "7"};
        CliRun first = CliRun.of(args);
        assertEquals(0, first.exitCode(), first.err());
        Path optimized = dir.resolve("cardiology").resolve("optimized");
        for (String f : List.of("roster.csv", "optimize.json", "report.html")) {
            assertTrue(Files.isRegularFile(optimized.resolve(f)), f);
        }
        CSVRecord row = summary(dir).get(0);
        double diff = Double.parseDouble(row.get("optimizedMinusBaseline.laborCost_mean"));
        double low = Double.parseDouble(row.get("optimizedMinusBaseline.laborCost_ci95Low"));
        double high = Double.parseDouble(row.get("optimizedMinusBaseline.laborCost_ci95High"));
        assertTrue(low <= diff && diff <= high, "the paired difference and its interval");
        double optimizedCost = Double.parseDouble(row.get("optimized.laborCost_mean"));
        double baselineCost = Double.parseDouble(row.get("laborCost_mean"));
        assertEquals(optimizedCost - baselineCost, diff, 1e-6 * baselineCost, "difference of the means");

        String index = Files.readString(dir.resolve("index.html"));
        assertTrue(index.contains("Optimized rosters"), "the index shows the optimized rosters");
        assertTrue(index.contains("href=\"cardiology/optimized/report.html\""), "and links each one's report");
        assertTrue(index.contains(String.format(java.util.Locale.ROOT, "%,.2f", Math.abs(diff))),
                "with the labor-cost difference of the summary");

        CliRun again = CliRun.of(args);
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("(1 reused)"), again.out());
    }

    private static List<CSVRecord> summary(Path dir) throws Exception {
        try (var reader = Files.newBufferedReader(dir.resolve("summary.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
