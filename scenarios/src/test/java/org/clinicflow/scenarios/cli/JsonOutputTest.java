package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that produces results takes {@code --json FILE}, and {@code --json -} puts the JSON alone on standard
 * output, where a script can parse it whole.
 */
class JsonOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] TINY = {"--days", "2", "--replications", "2"};

    /** Runs the command with {@code --json -}; standard output must be one JSON document and nothing else. */
    private static JsonNode jsonOf(String... args) throws Exception {
        CliRun run = CliRun.of(Stream.concat(Arrays.stream(args), Stream.of("--json", "-")).toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "nothing on standard error either");
        return JSON.readTree(run.out());
    }

    private static String[] tiny(String... args) {
        return Stream.concat(Arrays.stream(args), Arrays.stream(TINY)).toArray(String[]::new);
    }

    @Test
    void simulationCommandsGiveTheirNumbers(@TempDir Path dir) throws Exception {
        JsonNode simulate = jsonOf(tiny("simulate", "plain-queue-mmc"));
        assertTrue(simulate.get("kpis").get("waitingRoomMinutes").has("ci95High"));
        JsonNode compare = jsonOf(tiny("compare", "plain-queue-mmc", "--variant",
                "busier: --set walkIns.perDay.mon-sun=360"));
        assertEquals(2, compare.get("scenarios").size());
        JsonNode sweep = jsonOf(tiny("sweep", "plain-queue-mmc", "--vary", "walkIns.perDay.mon-sun=300,336"));
        assertEquals(2, sweep.get("settings").size());
        JsonNode report = jsonOf(tiny("report", "plain-queue-mmc", "--out", dir.toString()));
        assertEquals("fixed", report.get("replications").get("rule").asText());
        assertTrue(Files.isRegularFile(dir.resolve("report.html")), "the report is still written");
    }

    @Test
    void theOtherCommandsToo() throws Exception {
        JsonNode queue = jsonOf("queue", "--arrivals-per-hour", "14", "--servers", "2,3,4", "--customers", "2000",
                "--replications", "2");
        assertEquals(3, queue.get("results").size(), "2, 3 and 4 MAs");
        assertTrue(queue.get("results").get(1).has("meanWaitMinutes"));
        JsonNode scenarios = jsonOf("scenarios");
        assertEquals("family-medicine", scenarios.get(0).get("name").asText());
        JsonNode valid = jsonOf("validate", "family-medicine");
        assertTrue(valid.get("valid").asBoolean());
        assertEquals(6, valid.get("providers").asInt());
        JsonNode bench = jsonOf("bench", "--customers", "1000", "--runs", "1");
        assertTrue(bench.get("singleThread").get("medianCustomersPerSecond").asDouble() > 0);
        assertTrue(bench.get("clinicYear").get("visits").asLong() > 0);
    }

    @Test
    void optimizeGivesItsRunAndWritesNoFileNamedDash(@TempDir Path dir) throws Exception {
        JsonNode optimize = jsonOf("optimize", "cardiology", "--moves", "2000", "--replications", "2", "--days", "7",
                "--out", dir.toString());
        assertEquals("cardiology (built-in)", optimize.get("scenario").asText());
        assertTrue(optimize.get("roster").size() > 0);
        assertEquals(2000, optimize.get("solver").get("moveCountLimit").asLong());
        assertTrue(Files.isRegularFile(dir.resolve("roster.csv")), "--out still writes its files");
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");
    }

    @Test
    void aFileIsWrittenAndNamed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("out/simulate.json");
        CliRun run = CliRun.of(tiny("simulate", "plain-queue-mmc", "--json", file.toString()));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("waitingRoomMinutes") && run.out().contains("Wrote " + file), run.out());
        assertEquals(2, JSON.readTree(file.toFile()).get("plan").get("replications").asInt());
    }
}
