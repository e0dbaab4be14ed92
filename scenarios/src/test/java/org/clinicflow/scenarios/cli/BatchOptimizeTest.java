package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clinicflow.scenarios.optimize.RosterVerdict;
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

    /**
     * plain-queue-mmc's optimized roster leaves stations below their minimum staff and is worse on waiting: the
     * console, summary.csv, the JSON and the index all say so, and still do when the results are reused.
     */
    @Test
    void sayWhenAnOptimizedRosterIsNotFullyStaffedAndWhatItsVerdictIs(@TempDir Path dir) throws Exception {
        String[] args = {"batch", "builtin:cardiology", "builtin:plain-queue-mmc", "--out", dir.toString(),
                "--optimize", "--replications", "3", "--days", "7"};
        CliRun first = CliRun.of(args);
        assertEquals(0, first.exitCode(), first.err());
        assertTrue(first.out().contains("optimizing a 1-week roster each (100,000 moves per week)"), first.out());

        List<CSVRecord> rows = summary(dir);
        CSVRecord cardiology = rows.get(0);
        CSVRecord mmc = rows.get(1);
        assertEquals("true", cardiology.get("optimized.fullyStaffed"));
        assertEquals("0", cardiology.get("optimized.staffingGaps"));
        assertEquals("false", mmc.get("optimized.fullyStaffed"));
        int gaps = Integer.parseInt(mmc.get("optimized.staffingGaps"));
        assertTrue(gaps > 0, "plain-queue-mmc cannot be staffed everywhere");
        assertTrue(Long.parseLong(mmc.get("optimized.maMinutesShort")) > 0);
        List<String> words = Arrays.stream(RosterVerdict.Outcome.values()).map(RosterVerdict.Outcome::words)
                .toList();
        for (CSVRecord r : rows) {
            assertTrue(words.contains(r.get("optimized.verdict")), r.get("optimized.verdict"));
        }
        assertEquals("false", mmc.get("optimized.improves"), "more waiting past the appointment is no improvement");
        assertEquals("plain-queue-mmc/optimized/roster.csv", mmc.get("optimizedRoster"));

        String mmcLine = line(first.out(), "plain-queue-mmc");
        assertTrue(mmcLine.contains("; optimized: " + mmc.get("optimized.verdict") + "; " + gaps
                + " stretches cannot be staffed"), mmcLine);
        String cardiologyLine = line(first.out(), "cardiology");
        assertTrue(cardiologyLine.contains("; optimized: " + cardiology.get("optimized.verdict")), cardiologyLine);
        assertFalse(cardiologyLine.contains("cannot be staffed"), cardiologyLine);
        assertTrue(first.out().contains("Optimized rosters: 1 of 2 not fully staffed"), first.out());

        String index = Files.readString(dir.resolve("index.html"));
        assertTrue(index.contains(">Verdict</th>") && index.contains(">Staffing</th>"), "verdict and staffing columns");
        assertTrue(index.contains("<td>" + gaps + " stretches short ("), "plain-queue-mmc's gaps on the index");
        assertTrue(index.contains("<td>full</td>"), "cardiology fully staffed");
        assertTrue(index.contains("<td>" + mmc.get("optimized.verdict") + "</td>"), "the verdict on the index");
        assertTrue(index.contains("href=\"plain-queue-mmc/optimized/roster.csv\""), "links the optimized roster");
        assertTrue(index.contains("rosters optimized (1 week, 100,000 moves per week) and validated on the same"
                + " replications"), "the subtitle says --optimize ran and how");
        assertTrue(index.contains("1 of 2 optimized rosters are not fully staffed"), "the table says so too");

        Path json = dir.resolve("batch.json");
        CliRun again = CliRun.of(concat(args, "--json", json.toString()));
        assertEquals(0, again.exitCode(), again.err());
        assertTrue(again.out().contains("(2 reused)"), again.out());
        assertTrue(line(again.out(), "plain-queue-mmc").contains(gaps + " stretches cannot be staffed"),
                "a reused scenario still says so: " + again.out());
        assertTrue(again.out().contains("Optimized rosters: 1 of 2 not fully staffed"), again.out());
        assertEquals("false", summary(dir).get(1).get("optimized.fullyStaffed"), "the rerun's summary too");
        JsonNode batch = new ObjectMapper().readTree(json.toFile());
        assertEquals(1, batch.at("/counts/optimizedNotFullyStaffed").asInt());
        assertFalse(batch.at("/scenarios/1/optimized/fullyStaffed").asBoolean(true));
        assertEquals(gaps, batch.at("/scenarios/1/optimized/staffingGaps").asInt());
        assertEquals(mmc.get("optimized.verdict"), batch.at("/scenarios/1/optimized/verdict").asText());
        assertTrue(batch.at("/scenarios/0/optimized/fullyStaffed").asBoolean(false));
    }

    private static String line(String out, String scenario) {
        return out.lines().filter(l -> l.matches("\\s+(ok|reused)\\s+" + scenario + "\\s.*")).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + scenario + " in " + out));
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static List<CSVRecord> summary(Path dir) throws Exception {
        try (var reader = Files.newBufferedReader(dir.resolve("summary.csv"))) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
