package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clinicflow simulate}: the KPI table, the JSON keys the issue fixes, and the CSV files. */
class SimulateCommandTest {
    /** The KPI keys documented as fixed for scripts. */
    private static final List<String> FIXED_KEYS = List.of("waitingRoomMinutes", "examRoomWaitMinutes",
            "totalWaitMinutes", "cycleTimeMinutes", "roomedWithin15MinPct", "providerIdleMinutes",
            "providerOvertimeMinutes", "maUtilizationPct", "providerUtilizationPct", "examRoomUtilizationPct",
            "maOvertimeMinutes", "clinicOverrunMinutes", "visitsCompleted", "noShows",
            "walkInsLeftWithoutBeingSeen", "supplyStockouts", "laborCost", "overtimeCost", "supplyCost");

    @Test
    void writesKpisWithFixedKeysAndCsvFiles(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("kpis.json");
        CliRun run = CliRun.of("simulate", "family-medicine", "--days", "5", "--replications", "3",
                "--out", dir.toString(), "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("waitingRoomMinutes") && run.out().contains("USD"), run.out());

        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        assertEquals("USD", root.get("currency").asText());
        JsonNode kpis = root.get("kpis");
        for (String key : FIXED_KEYS) {
            assertTrue(kpis.has(key), "JSON has " + key);
        }
        JsonNode labor = kpis.get("laborCost");
        assertEquals("USD", labor.get("currency").asText(), "money is amount + currency");
        assertTrue(labor.get("mean").asDouble() > 0);
        assertTrue(labor.get("ci95Low").asDouble() <= labor.get("mean").asDouble());

        List<CSVRecord> reps = csv(dir.resolve("replications.csv"));
        assertEquals(3, reps.size(), "one row per replication");
        double meanWait = reps.stream().mapToDouble(r -> Double.parseDouble(r.get("waitingRoomMinutes")))
                .average().orElseThrow();
        assertEquals(kpis.get("waitingRoomMinutes").get("mean").asDouble(), meanWait, 1e-6,
                "the summary is the mean of the replications");

        List<CSVRecord> patients = csv(dir.resolve("patients.csv"));
        long completedInRep0 = patients.stream()
                .filter(p -> p.get("replication").equals("0") && p.get("outcome").equals("completed")).count();
        assertEquals(Double.parseDouble(reps.get(0).get("visitsCompleted")), completedInRep0, 0,
                "patients.csv holds every completed visit of replication 0");
        assertEquals(List.of("0", "1", "2"), patients.stream().map(p -> p.get("replication")).distinct().toList(),
                "replications in order");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().startsWith(".")), "no part files left");
        }
    }

    @Test
    void unknownScenarioIsBadInputListingTheBuiltIns() {
        CliRun run = CliRun.of("simulate", "family-medicne");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("family-medicine"), run.err());
    }

    @Test
    void zeroDaysIsBadInput() {
        CliRun run = CliRun.of("simulate", "family-medicine", "--days", "0");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertTrue(run.err().contains("--days must be at least 1"), run.err());
    }

    @Test
    void overridesChangeTheRunAndAreNamedInItsHeadingAndJson(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("kpis.json");
        CliRun run = CliRun.of("simulate", "family-medicine", "--days", "3", "--replications", "2",
                "--set", "visitTypes[established].noShow=0", "--set", "visitTypes[new-patient].noShow=0",
                "--set", "visitTypes[annual-physical].noShow=0", "--json", json.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().startsWith("family-medicine (built-in) --set visitTypes[established].noShow=0 --set"),
                run.out());
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        assertEquals(0.0, root.get("kpis").get("noShows").get("mean").asDouble(), 0.0, "nobody fails to come");
        assertTrue(root.get("definition").asText().contains("--set visitTypes[new-patient].noShow=0"));
        assertEquals("fixed", root.get("replications").get("rule").asText());
    }

    @Test
    void autoReplicationsRunUntilThePrecisionIsReached(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("auto.json");
        CliRun run = CliRun.of("simulate", "family-medicine", "--days", "2", "--replications", "auto",
                "--precision", "1.5", "--json", json.toString(), "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = new ObjectMapper().readTree(Files.readString(json));
        int n = root.get("replications").get("replications").asInt();
        assertTrue(root.get("replications").get("reached").asBoolean());
        assertEquals(n, root.get("plan").get("replications").asInt());
        for (String k : List.of("waitingRoomMinutes", "totalWaitMinutes", "cycleTimeMinutes")) {
            assertTrue(root.get("kpis").get(k).get("halfWidth").asDouble() <= 1.5, k);
        }
        assertEquals(n, csv(dir.resolve("replications.csv")).size(), "every batch's replications are written");
        assertTrue(run.out().contains(n + " replications (auto): every 95% half-width"), run.out());
    }

    @Test
    void precisionWithoutAutoAndAutoWithoutPrecisionAreBadInput() {
        CliRun noAuto = CliRun.of("simulate", "family-medicine", "--precision", "0.5");
        assertEquals(ClinicFlowCli.BAD_INPUT, noAuto.exitCode());
        assertTrue(noAuto.err().contains("--precision goes with --replications auto"), noAuto.err());
        CliRun noPrecision = CliRun.of("simulate", "family-medicine", "--replications", "auto");
        assertEquals(ClinicFlowCli.BAD_INPUT, noPrecision.exitCode());
        assertTrue(noPrecision.err().contains("--replications auto needs --precision H"), noPrecision.err());
        CliRun queue = CliRun.of("queue", "--arrivals-per-hour", "10", "--servers", "2", "--replications", "auto");
        assertEquals(ClinicFlowCli.BAD_INPUT, queue.exitCode());
        CliRun word = CliRun.of("simulate", "family-medicine", "--replications", "many");
        assertEquals(ClinicFlowCli.BAD_INPUT, word.exitCode());
        assertTrue(word.err().contains("'many' is not a whole number or auto"), word.err());
    }

    @Test
    void aBrokenOverrideIsBadInputNamingIt() {
        CliRun run = CliRun.of("validate", "family-medicine", "--set", "visitTypes[established].noShow=1.5");
        assertEquals(ClinicFlowCli.BAD_INPUT, run.exitCode());
        assertEquals("error: --set visitTypes[established].noShow=1.5: visitTypes[1].noShow: must be a probability"
                + " between 0 and 1 (e.g. 0.12 for 12%), got 1.5", run.err().lines().findFirst().orElseThrow());
        CliRun ok = CliRun.of("validate", "family-medicine", "--set", "examRooms.a=6");
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(ok.out().contains("16 exam rooms"), ok.out());
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (var reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
    }

    /**
     * A run killed outright (no shutdown hook) leaves its hidden per-replication parts of patients.csv; the next run
     * into the same folder removes those of processes that are gone, also as earlier versions named them, and keeps
     * what is another live run's or not its own.
     */
    @Test
    void theNextRunRemovesTheStalePartsOfAKilledRun(@TempDir Path dir) throws Exception {
        long self = ProcessHandle.current().pid();
        Path stale = Files.writeString(dir.resolve(".patients.csv.rep3.999999999.1.42.tmp"), "half");
        Path staleReplications = Files.writeString(dir.resolve(".replications.csv.999999999.1.7.tmp"), "half");
        Path unowned = Files.writeString(dir.resolve(".patients.csv.rep0.1234567890123.part"), "half");
        Path live = Files.writeString(dir.resolve(".patients.csv.rep1." + self + ".1.42.tmp"), "being written");
        Path notOurs = Files.writeString(dir.resolve(".report.html.999999999.1.42.tmp"), "another command's");
        Files.createDirectories(dir.resolve("sub"));
        Path below = Files.writeString(dir.resolve("sub/.patients.csv.rep3.999999999.1.42.tmp"), "not here");
        CliRun run = CliRun.of("simulate", "plain-queue-mmc", "--days", "1", "--replications", "2",
                "--out", dir.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertFalse(Files.exists(stale) || Files.exists(staleReplications) || Files.exists(unowned),
                "stale parts removed");
        assertTrue(Files.exists(live) && Files.exists(notOurs) && Files.exists(below), "the rest kept");
        assertTrue(Files.isRegularFile(dir.resolve("patients.csv")));
    }

    /** A run that fails after the replications (here: replications.csv cannot be written) leaves no parts. */
    @Test
    void aFailedRunLeavesNoParts(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("replications.csv").resolve("in-the-way"));
        CliRun run = CliRun.of("simulate", "plain-queue-mmc", "--days", "1", "--replications", "2",
                "--out", dir.toString());
        assertEquals(ClinicFlowCli.FAILED, run.exitCode(), run.out());
        assertTrue(run.err().startsWith("error: cannot write"), run.err());
        try (var files = Files.list(dir)) {
            List<String> left = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
            assertEquals(List.of(), left, "no hidden parts or temporary files left");
        }
    }

    @Test
    void anOutFolderUnderAFileSaysSo(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("base.yaml"), "x");
        CliRun run = CliRun.of("simulate", "plain-queue-mmc", "--days", "1", "--replications", "2",
                "--out", file.resolve("out").toString());
        assertEquals(ClinicFlowCli.FAILED, run.exitCode(), run.out());
        assertTrue(run.err().contains(file + " is a file, not a directory"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }
}
