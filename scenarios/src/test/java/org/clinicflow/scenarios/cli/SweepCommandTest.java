package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clinicflow sweep}: KPIs against a parameter on common random numbers, and the cheapest setting that works. */
class SweepCommandTest {
    @Test
    void theCheapestStaffingLevelWhoseIntervalMeetsTheTargetIsChosen(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("sweep.json");
        Path csv = dir.resolve("sweep.csv");
        CliRun run = CliRun.of("sweep", "family-medicine", "--vary", "mas=6..9", "--target",
                "roomedWithin15MinPct>=60", "--days", "3", "--replications", "4", "--json", json.toString(),
                "--csv", csv.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        assertEquals("mas", root.get("parameter").asText());
        JsonNode settings = root.get("settings");
        assertEquals(4, settings.size());
        // The rule, checked against the numbers: lowest mean laborCost among settings whose CI low end is >= 60.
        double bestCost = Double.POSITIVE_INFINITY;
        double expected = Double.NaN;
        for (JsonNode s : settings) {
            boolean meets = s.get("kpis").get("roomedWithin15MinPct").get("ci95Low").asDouble() >= 60;
            assertEquals(meets, s.get("meetsTarget").asBoolean());
            double cost = s.get("kpis").get("laborCost").get("mean").asDouble();
            if (meets && cost < bestCost) {
                bestCost = cost;
                expected = s.get("value").asDouble();
            }
        }
        assertTrue(Double.isFinite(expected), "some setting meets a 60% target: " + run.out());
        assertEquals(expected, root.get("target").get("chosenValue").asDouble());
        assertTrue(run.out().contains("Cheapest setting meeting roomedWithin15MinPct >= 60 (whole 95% CI): mas = "
                + (int) expected), run.out());
        double cost6 = settings.get(0).get("kpis").get("laborCost").get("mean").asDouble();
        double cost9 = settings.get(3).get("kpis").get("laborCost").get("mean").asDouble();
        assertTrue(cost9 > cost6, "three more MAs cost more");

        List<CSVRecord> rows;
        try (var reader = Files.newBufferedReader(csv)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        assertEquals(4 * Kpi.values().length, rows.size(), "one row per setting and KPI");
        CSVRecord first = rows.get(0);
        assertEquals("mas", first.get("parameter"));
        assertEquals("6", first.get("value"));
        assertEquals(Kpi.values()[0].key(), first.get("kpi"));
    }

    @Test
    void anOverridePathIsSweptThroughTheScenarioReader(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("noshow.json");
        CliRun run = CliRun.of("sweep", "family-medicine", "--vary", "visitTypes[established].noShow=0.05,0.3",
                "--days", "3", "--replications", "3", "--json", json.toString(), "--kpis", "noShows");
        assertEquals(0, run.exitCode(), run.err());
        JsonNode settings = new ObjectMapper().readTree(Files.readString(json)).get("settings");
        double low = settings.get(0).get("kpis").get("noShows").get("mean").asDouble();
        double high = settings.get(1).get("kpis").get("noShows").get("mean").asDouble();
        assertTrue(high > 2 * low, "six times the no-show rate on the commonest visit: " + low + " -> " + high);
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("0.05 ")), run.out());
    }

    @Test
    void noSettingMeetingTheTargetIsSaidPlainly() {
        CliRun run = CliRun.of("sweep", "family-medicine", "--vary", "examRooms.a=4,5", "--target",
                "waitingRoomMinutes<=0.5", "--days", "2", "--replications", "2");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("No setting meets waitingRoomMinutes <= 0.5 with its whole 95% CI; the closest"
                + " is examRooms.a = "), run.out());
    }

    @Test
    void badSweepsAreBadInput() {
        CliRun notWhole = CliRun.of("sweep", "family-medicine", "--vary", "mas=6..7:0.5");
        assertEquals(ClinicFlowCli.BAD_INPUT, notWhole.exitCode());
        assertTrue(notWhole.err().contains("counts MAs: give whole numbers"), notWhole.err());

        CliRun badPath = CliRun.of("sweep", "family-medicine", "--vary", "visitTypes[established].noShw=0.1,0.2",
                "--days", "1", "--replications", "1");
        assertEquals(ClinicFlowCli.BAD_INPUT, badPath.exitCode());
        assertTrue(badPath.err().contains("--set visitTypes[established].noShw=0.1: visitTypes[1].noShw: unknown key"
                + " 'noShw' (did you mean 'noShow'?)"), badPath.err());

        CliRun badTarget = CliRun.of("sweep", "family-medicine", "--vary", "mas=6..7", "--target", "roomed>=90");
        assertEquals(ClinicFlowCli.BAD_INPUT, badTarget.exitCode());
        assertTrue(badTarget.err().contains("no KPI named 'roomed'"), badTarget.err());

        CliRun noVary = CliRun.of("sweep", "family-medicine");
        assertEquals(ClinicFlowCli.BAD_INPUT, noVary.exitCode());
    }
}
