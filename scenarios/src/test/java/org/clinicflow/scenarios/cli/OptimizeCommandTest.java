package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.clinicflow.scenarios.optimize.RosterCsv;
import org.clinicflow.scenarios.report.html.HtmlChecks;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.clinic.Roster;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code clinicflow optimize}: the roster, its explanation and its validation, the files, and bad input. */
class OptimizeCommandTest {
    @Test
    void printsTheRosterTheExplanationAndTheValidationAndWritesEveryFile(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("optimize", "cardiology", "--moves", "20000", "--replications", "4", "--days", "14",
                "--out", dir.toString(), "--json", dir.resolve("run.json").toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err());
        String out = run.out();
        for (String expected : List.of("Workload: 4 replications x 14 days of the baseline roster",
                "stop after 20,000 moves (repeatable)", "Week 1: Mon 2026-01-05 to Sun 2026-01-11", "paid h",
                "Shifts: ", "Labor with differentials and overtime premiums: $",
                "The baseline roster by the same tables", "Every station has its minimum staff",
                "Validation on common random numbers: 4 replications x 14 days", "waitPastAppointmentMinutes",
                "Δ optimized [95% CI]", "MA-task waiting, the solver's tables against the simulation", "Verdict: ")) {
            assertTrue(out.contains(expected), "missing '" + expected + "' in\n" + out);
        }
        Roster roster = RosterCsv.read(dir.resolve("roster.csv"), ScenarioLoader.load("cardiology").clinic());
        assertEquals(1, roster.weeks());
        try (Stream<Path> calendars = Files.list(dir.resolve("calendars"))) {
            assertEquals(roster.assignments().stream().map(a -> a.maId()).distinct().count(),
                    calendars.filter(f -> f.toString().endsWith(".ics")).count(), "a calendar per MA with shifts");
        }
        JsonNode json = new ObjectMapper().readTree(dir.resolve("optimize.json").toFile());
        assertEquals(json, new ObjectMapper().readTree(dir.resolve("run.json").toFile()));
        assertTrue(json.get("fullyStaffed").asBoolean());
        assertEquals(roster.assignments().size(), json.get("roster").size());
        assertEquals(20000, json.get("solver").get("moveCountLimit").asLong());
        assertEquals("baseline", json.get("validation").get("base").asText());
        assertTrue(json.get("validation").get("differences").get(0).get("kpis").has("laborCost"));
        assertTrue(json.get("verdict").get("sentence").asText().startsWith("Verdict: "));
        String html = Files.readString(dir.resolve("report.html"));
        HtmlChecks.assertSelfContained(html);
        assertEquals(List.of("verdict", "baseline-and-optimized-roster-in-simulation", "cost-against-waiting",
                "optimized-roster", "optimized-roster-by-day", "explanation", "waiting-tables-against-the-simulator",
                "method"), HtmlChecks.sectionIds(html));
        assertTrue(Files.isRegularFile(dir.resolve("charts/roster-week-1.png")));
        assertTrue(Files.isRegularFile(dir.resolve("charts/cost-vs-waiting.svg")));
    }

    @Test
    void tooFewCredentialedMasStillGiveTheBestRosterWithTheGapsAndWhy(@TempDir Path dir) throws Exception {
        // The lab needs a credentialed phlebotomist; only Kevin is one once the others lose their credential, and he
        // is off on Wednesday.
        CliRun run = CliRun.of("optimize", "internal-medicine", "--moves", "20000", "--replications", "3", "--days",
                "14", "--json", dir.resolve("im.json").toString(),
                "--set", "medicalAssistants[maria].credential=none",
                "--set", "medicalAssistants[priya].credential=none",
                "--set", "medicalAssistants[lucia].credential=none",
                "--set", "medicalAssistants[kevin].timeOff=[2026-01-07]",
                "--set", "baselineRoster.shifts.kevin={mon-tue: day@lab, thu-fri: day@lab}");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("warning: the best roster found leaves 2 stretch(es) below a station's"
                + " minimum staff"), run.err());
        assertTrue(run.out().contains("cannot staff lab on Wed 2026-01-07 08:00-12:00: needs 1 MA with phlebotomy"
                + " and credentialed, none — of 1 qualified: 1 on leave (Kevin Park)"), run.out());
        JsonNode json = new ObjectMapper().readTree(dir.resolve("im.json").toFile());
        assertFalse(json.get("fullyStaffed").asBoolean());
        assertEquals(2, json.get("explanation").get("staffingGaps").size());
    }

    @Test
    void aLimitShorterThanBuildingTheFirstRosterStillGivesAWholeRosterAndNoLibraryLog() {
        // building family medicine's first roster takes about 1,000 moves; the limit only ends the improvement after it
        PrintStream standardError = System.err;
        ByteArrayOutputStream library = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new PrintStream(library, true, StandardCharsets.UTF_8));
            run = CliRun.of("optimize", "family-medicine", "--moves", "1", "--replications", "2", "--days", "7");
        } finally {
            System.setErr(standardError);
        }
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("", run.err(), "every station staffed, so no warning");
        assertEquals("", library.toString(StandardCharsets.UTF_8), "no Timefold log line without --verbose");
        assertTrue(run.out().contains(": 0 hard, 0 medium (MA-minutes short of minimum staff)"), run.out());
        assertTrue(run.out().contains("Every station has its minimum staff"), run.out());
        assertFalse(run.out().contains("cannot staff"), run.out());
    }

    @Test
    void everyoneOnLeaveStillGivesAnAnswer() {
        String[] args = {"optimize", "cardiology", "--weeks", "2", "--moves", "5000", "--replications", "2",
            "--days", "14"};
        List<String> all = new java.util.ArrayList<>(List.of(args));
        for (String ma : List.of("faye", "gabe", "hiro", "inez", "jamal", "kara")) {
            all.add("--set");
            all.add("medicalAssistants[" + ma + "].timeOff=[2026-01-12..2026-01-18]");
        }
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().startsWith("warning: "), run.err());
        assertTrue(run.out().contains("Week 2: Mon 2026-01-12 to Sun 2026-01-18\n  nobody rostered"), run.out());
        assertTrue(run.out().contains("cannot staff ECG rooms on Mon 2026-01-12 08:00-12:00: needs 1 MA with ekg,"
                + " none — of 6 qualified: 6 on leave"), run.out());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--weeks 0|--weeks must be between 1 and 6, got 0",
        "--weeks 7|--weeks must be between 1 and 6, got 7",
        "--days 10|--days must be a multiple of 7 (the baseline roster repeats every 7 days, the optimized one every"
                + " 7), e.g. 28; got 10",
        "--calibrate 11|--calibrate must be between 0 and 10, got 11",
        "--time-limit soon|'soon' is not a duration; write e.g. 30s, 2m, 1m30s or 500ms",
        "--moves 0|--moves must be at least 1, got 0",
        "--reproducible --time-limit 5s|--time-limit and --unimproved-limit stop the solver on time, --moves and"
                + " --reproducible on a count of moves; give limits of one kind",
        "--moves 1000 --reproducible|--moves and --reproducible are alternatives (--reproducible is --moves 100000 per"
                + " week of roster); give one of them",
        "--replications auto|--replications auto works with simulate, compare, sweep, report and batch; give a number here",
        "--waiting-price -1|--waiting-price must be 0 or more cents, got -1.0"})
    void badOptionsExitWithCode2AndSayWhatIsAllowed(String options, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("optimize", "family-medicine"));
        args.addAll(List.of(options.split(" ")));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    /** The plain queue's MAs work around the clock: there is nothing a roster under shift rules could compare with. */
    @Test
    void thePlainQueueIsNotAClinicToRoster() {
        CliRun run = CliRun.of("optimize", "plain-queue-mmc", "--reproducible");
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("is a plain queue (practiceType: plain-queue)")
                && run.err().contains("use simulate or queue"), run.err());
    }

    @Test
    void helpShowsExamples() {
        CliRun run = CliRun.of("optimize", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("Examples:"), run.out());
        assertTrue(run.out().contains("clinicflow optimize family-medicine --weeks 4"), run.out());
        assertTrue(run.out().contains("--reproducible"), run.out());
    }
}
