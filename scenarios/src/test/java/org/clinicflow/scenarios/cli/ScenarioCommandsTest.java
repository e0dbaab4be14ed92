package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicflow.scenarios.scenario.ScenarioLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code scenarios} and {@code validate} commands, run as a user runs them. */
class ScenarioCommandsTest {
    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = ClinicFlowCli.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void scenariosListsEveryBuiltInWithItsSize() {
        Run r = run("scenarios");
        assertEquals(0, r.code(), r.err());
        for (String name : ScenarioLibrary.names()) {
            assertTrue(r.out().contains(name), name);
        }
        assertTrue(r.out().lines().anyMatch(l -> l.matches("family-medicine\\s+family-medicine\\s+6\\s+9\\s+Six-provider.*")),
                r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("plain-queue-mmc\\s+plain-queue\\s+0\\s+3\\s+M/M/3.*")), r.out());
    }

    @Test
    void validateSummarizesABuiltIn() {
        Run r = run("validate", "family-medicine");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("family-medicine (built-in): valid"), r.out());
        assertTrue(r.out().contains("providers           6"), r.out());
        assertTrue(r.out().contains("15 exam rooms, special: lab"), r.out());
        assertTrue(r.out().contains("9 (6 certified), 5 stations"), r.out());
        assertTrue(r.out().contains("booked visits       605 a week"), r.out());
        assertTrue(r.out().contains("MA hours            292.0 paid hours a week"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void validateListsEveryProblemOfAFileAndExitsWithTwo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, String.join("\n", List.of(
                "name: broken",
                "practiceType: family-medicin",
                "startDate: 2026-01-06",
                "openingHours: {mon-fri: 08:00-17:00}",
                "visitTypes:",
                "  - {id: walk-in, rooming: exponential(7.5), providerTime: none, noShow: 1.5}",
                "walkIns: {perDay: {mon-fri: 20}, visitMix: {walk-in: 1}}",
                "medicalAssistants:",
                "  - {id: ana, wage: 20}",
                "stations:",
                "  - {id: triage, kind: triage}",
                "shiftTemplates:",
                "  - {id: day, time: 08:00-16:30}",
                "baselineRoster:",
                "  shifts:",
                "    ana: {mon-fri: day@triage}",
                "    bea: {mon-fri: day@triage}",
                "")));
        Run r = run("validate", file.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out());
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.contains("error: " + file + ":2:15: practiceType: 'family-medicin' is not allowed (did you mean"
                + " 'family-medicine'?); write one of family-medicine, internal-medicine, pediatrics, dermatology,"
                + " orthopedics, obgyn, cardiology, urgent-care, multi-specialty, plain-queue"), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("error: " + file + ":3:12: startDate: 2026-01-06 is a tue")),
                r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("error: " + file + ":6:") && l.contains("noShow")), r.err());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("error: " + file + ":17:5: baselineRoster.shifts.bea:")
                && l.contains("unknown medical assistant 'bea'; defined under medicalAssistants: ana")), r.err());
        assertEquals("4 problems; fix them and run again.", lines.get(lines.size() - 1));
        assertFalse(r.err().contains("\tat "), "no stack trace");
    }

    @Test
    void validateWithJsonGivesEveryProblemAsJsonToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("prob.yaml");
        Files.writeString(file, "name: x\npracticeType: family-medicin\n");
        Run r = run("validate", file.toString(), "--set", "startDate=soon", "--json", "-");
        assertEquals(2, r.code());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertFalse(json.get("valid").asBoolean(), r.out());
        JsonNode problems = json.get("problems");
        assertEquals(r.err().lines().filter(l -> l.startsWith("error: ")).count(), problems.size(), r.out());
        JsonNode override = problems.get(0);
        assertEquals("--set startDate=soon", override.get("file").asText());
        assertTrue(override.get("line").isNull(), "an override has no line");
        assertEquals("startDate", override.get("field").asText());
        assertTrue(override.get("problem").asText().startsWith("'soon' is not a date"), r.out());
        JsonNode type = null;
        for (JsonNode p : problems) {
            type = p.get("field").asText().equals("practiceType") ? p : type;
        }
        assertEquals(file.toString(), type.get("file").asText());
        assertEquals(2, type.get("line").asInt());
        assertEquals(15, type.get("column").asInt());
        assertEquals("practiceType", type.get("field").asText());
        assertTrue(type.get("problem").asText().startsWith("'family-medicin' is not allowed"), r.out());
        assertTrue(r.err().contains("error: " + file + ":2:15: practiceType:"), "still on standard error");
        Path out = dir.resolve("result.json");
        Run toFile = run("validate", file.toString(), "--json", out.toString());
        assertEquals(2, toFile.code());
        assertFalse(new ObjectMapper().readTree(out.toFile()).get("valid").asBoolean());
        Run unwritable = run("validate", file.toString(), "--json", file.resolve("result.json").toString());
        assertEquals(2, unwritable.code(), "the scenario's problems decide the exit code");
        assertTrue(unwritable.err().contains(file + ":2:15: practiceType:"), "and are still shown: " + unwritable.err());
        assertTrue(unwritable.err().contains("cannot write"), unwritable.err());
    }

    @Test
    void malformedYamlIsReportedWithItsPosition(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, "name: x\nproviders: [a, b\n");
        Run r = run("validate", file.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: " + file + ":3:1: not valid YAML: "), r.err());
    }

    @Test
    void anUnknownNameSuggestsABuiltIn() {
        Run r = run("validate", "famliy-medicine");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no such file, and no built-in scenario of that name (did you mean"
                + " 'family-medicine'?)"), r.err());
        Run missing = run("validate", "clinics/mine.yaml");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("error: clinics/mine.yaml: no such file;"), missing.err());
    }

    @Test
    void helpShowsExamples() {
        Run validate = run("validate", "--help");
        assertEquals(0, validate.code());
        assertTrue(validate.out().contains("Examples:") && validate.out().contains("clinicflow validate my-clinic.yaml"));
        Run scenarios = run("scenarios", "--help");
        assertEquals(0, scenarios.code());
        assertTrue(scenarios.out().contains("Examples:") && scenarios.out().contains("clinicflow scenarios"));
        assertTrue(run("--help").out().contains("validate"));
    }

    @Test
    void validateNeedsAScenario() {
        Run r = run("validate");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Missing required parameter: 'FILE|NAME'"), r.err());
    }
}
