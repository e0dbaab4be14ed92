package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clinicflow compare}: variants by override, paired differences on common random numbers, and the verdict. */
class CompareCommandTest {
    /** Ivan, the per-diem MA, full time on the float station every weekday: one more MA than the baseline. */
    static final String EXTRA_MA = "extra MA: --set medicalAssistants[ivan].contract=full-time"
            + " --set baselineRoster.shifts.ivan={mon-fri: day@float}";

    private static JsonNode json(Path file) throws Exception {
        return new ObjectMapper().readTree(Files.readString(file));
    }

    @Test
    void oneMoreMaCutsWaitingWithAnIntervalThatExcludesZero(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("compare.json");
        CliRun run = CliRun.of("compare", "family-medicine", "--variant", EXTRA_MA, "--days", "5",
                "--replications", "6", "--json", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = json(out);
        assertEquals("family-medicine", root.get("base").asText());
        JsonNode diff = root.get("differences").get(0);
        assertEquals("extra MA", diff.get("scenario").asText());
        JsonNode wait = diff.get("kpis").get("waitingRoomMinutes");
        assertTrue(wait.get("ci95High").asDouble() < 0, "waiting falls: " + wait);
        assertEquals("changed", wait.get("reading").asText());
        JsonNode labor = diff.get("kpis").get("laborCost");
        assertTrue(labor.get("ci95Low").asDouble() > 0, "and the extra shifts cost money: " + labor);
        // The mean difference is the difference of the means: both come from the same replications.
        JsonNode scenarios = root.get("scenarios");
        double meanDiff = scenarios.get(1).get("kpis").get("waitingRoomMinutes").get("mean").asDouble()
                - scenarios.get(0).get("kpis").get("waitingRoomMinutes").get("mean").asDouble();
        assertEquals(meanDiff, wait.get("mean").asDouble(), 1e-9);
        assertTrue(scenarios.get(1).get("definition").asText().contains("--set baselineRoster.shifts.ivan="));
        assertTrue(run.out().contains("extra MA cuts mean waiting-room time by "), run.out());
        assertTrue(run.out().contains("raises labor cost by USD "), run.out());
        assertTrue(diff.get("verdict").asText().startsWith("extra MA cuts mean waiting-room time by"));
    }

    @Test
    void anIdenticalVariantDiffersByExactlyZero(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("same.json");
        CliRun run = CliRun.of("compare", "family-medicine", "--variant", "same rooms: --set examRooms.a=5",
                "--days", "3", "--replications", "3", "--json", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode kpis = json(out).get("differences").get(0).get("kpis");
        kpis.fields().forEachRemaining(e -> {
            JsonNode mean = e.getValue().get("mean");
            if (!mean.isNull()) {
                assertEquals(0.0, mean.asDouble(), 0.0, e.getKey());
                assertEquals(0.0, e.getValue().get("halfWidth").asDouble(), 0.0, e.getKey());
            }
        });
        assertTrue(run.out().contains("same rooms gives the same results as family-medicine in every replication"),
                run.out());
    }

    @Test
    void twoScenariosByNameAndCommonOverrides() {
        CliRun run = CliRun.of("compare", "family-medicine", "family-medicine", "--set", "examRooms.a=6",
                "--days", "2", "--replications", "2", "--kpis", "waitingRoomMinutes,laborCost");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("family-medicine (2)"), "names are made unique: " + run.out());
        assertTrue(run.out().contains("family-medicine (built-in) --set examRooms.a=6"), run.out());
        List<String> rows = run.out().lines().filter(l -> l.startsWith("waitingRoomMinutes")
                || l.startsWith("laborCost") || l.startsWith("cycleTimeMinutes")).toList();
        assertEquals(2, rows.size(), "--kpis chooses the rows: " + run.out());
    }

    @Test
    void autoReplicationsJudgeThePairedDifferences(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("auto.json");
        CliRun run = CliRun.of("compare", "family-medicine", "--variant", EXTRA_MA, "--days", "3",
                "--replications", "auto", "--precision", "0.4", "--json", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        JsonNode root = json(out);
        JsonNode reps = root.get("replications");
        assertEquals("auto", reps.get("rule").asText());
        assertTrue(reps.get("reached").asBoolean());
        for (String k : List.of("waitingRoomMinutes", "totalWaitMinutes", "cycleTimeMinutes")) {
            assertTrue(root.get("differences").get(0).get("kpis").get(k).get("halfWidth").asDouble() <= 0.4, k);
        }
        assertTrue(run.out().contains("replications (auto): every 95% half-width"), run.out());
    }

    @Test
    void nothingToCompareWithOrABrokenVariantIsBadInput() {
        CliRun alone = CliRun.of("compare", "family-medicine");
        assertEquals(ClinicFlowCli.BAD_INPUT, alone.exitCode());
        assertTrue(alone.err().contains("compare needs something to compare with"), alone.err());

        CliRun noName = CliRun.of("compare", "family-medicine", "--variant", "six rooms --set examRooms.a=6");
        assertEquals(ClinicFlowCli.BAD_INPUT, noName.exitCode());
        assertTrue(noName.err().contains("write \"NAME: --set PATH=VALUE ...\""), noName.err());

        CliRun unknown = CliRun.of("compare", "family-medicine", "--variant", "x: --set examRooms.z=6",
                "--days", "1", "--replications", "1");
        assertEquals(ClinicFlowCli.BAD_INPUT, unknown.exitCode());
        assertTrue(unknown.err().contains("error: --set examRooms.z=6: examRooms.z: unknown pod 'z'"), unknown.err());

        CliRun noChange = CliRun.of("compare", "family-medicine", "--variant", "x: examRooms.a=6");
        assertEquals(ClinicFlowCli.BAD_INPUT, noChange.exitCode());
        assertTrue(noChange.err().contains("each --set PATH=VALUE or --unset PATH"), noChange.err());
    }

    @Test
    void variantTextKeepsSpacesInsideValues() {
        VariantSpec v = VariantSpec.parse(" slow rooming : --set 'visitTypes[established].rooming=lognormal(9, 3)'"
                + " --unset baselineRoster.shifts.hannah --set=examRooms.a=6");
        assertEquals("slow rooming", v.name());
        assertEquals(List.of("--set visitTypes[established].rooming=lognormal(9, 3)",
                "--unset baselineRoster.shifts.hannah", "--set examRooms.a=6"),
                v.overrides().stream().map(Object::toString).toList());
    }

    @Test
    void aVariantMaySpanLinesAsTheHelpShows() {
        VariantSpec v = VariantSpec.parse("extra MA:\n      --set medicalAssistants[ivan].contract=full-time\n"
                + "      --set baselineRoster.shifts.ivan={mon-fri: day@float}");
        assertEquals(List.of("--set medicalAssistants[ivan].contract=full-time",
                "--set baselineRoster.shifts.ivan={mon-fri: day@float}"),
                v.overrides().stream().map(Object::toString).toList());
    }
}
