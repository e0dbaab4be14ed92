package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicflow.scenarios.optimize.RosterCsv;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code clinicflow cover}: ranked stand-ins for an absence, a re-solved week, and bad input. */
class CoverCommandTest {
    private final Clinic clinic = ScenarioLoader.load("family-medicine").clinic();
    @TempDir
    Path dir;
    private Path roster;

    @BeforeEach
    void publishTheBaseline() {
        roster = dir.resolve("roster.csv");
        RosterCsv.write(roster, clinic, clinic.baselineRoster());
    }

    @Test
    void ranksTheTeamForTheShiftWithWhatEachChanges() {
        CliRun run = CliRun.of("cover", "family-medicine", "--roster", roster.toString(), "--ma", "Ana Torres",
                "--date", "2026-01-06");
        assertEquals(0, run.exitCode(), run.err());
        String out = run.out();
        assertTrue(out.contains("Ana Torres (ana) is off on Tue 2026-01-06: the shift early@pod-a (07:30-16:00, Pod A"
                + " rooming) needs cover."), out);
        List<String> options = out.lines().filter(l -> l.matches(" *\\d+\\. .*")).toList();
        assertEquals(clinic.medicalAssistants().size() - 3 + 1, options.size(),
                "every MA but Ana, Fatima and Hannah, and 'nobody'\n" + out);
        assertTrue(options.get(0).contains("breaks no rule"), options.get(0));
        assertTrue(options.get(0).contains("labor +$"), options.get(0));
        assertTrue(options.stream().anyMatch(o -> o.contains("nobody (leave open): the shift stays open")), out);
        assertTrue(out.contains("Cannot take it: Fatima Hassan (available 08:00-19:00 only); Hannah Lee (available"
                + " 07:30-12:30 only)."), "the shift starts at 07:30\n" + out);
    }

    @Test
    void resolveKeepsThePublishedDaysAndWritesTheNewRoster() throws Exception {
        Path covered = dir.resolve("tuesday.csv");
        CliRun run = CliRun.of("cover", "family-medicine", "--roster", roster.toString(), "--ma", "ana", "--date",
                "2026-01-06", "--resolve", "--moves", "5000", "--out", covered.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Re-solved 2026-01-06 to the end of its week"), run.out());
        assertTrue(run.out().contains("Tue 2026-01-06 Ana Torres: early@pod-a -> off"), run.out());
        Roster after = RosterCsv.read(covered, clinic);
        Roster before = clinic.baselineRoster();
        assertEquals(before.on(0), after.on(0), "Monday is before the absence: as published");
        assertTrue(after.on(1).stream().noneMatch(a -> a.maId().equals("ana")), "Ana is off on Tuesday");
        for (ShiftAssignment a : before.on(1)) {
            if (!a.maId().equals("ana")) {
                assertTrue(after.on(1).stream().anyMatch(b -> b.maId().equals(a.maId())),
                        a.maId() + " keeps a Tuesday shift: changes cost, so the solver makes few");
            }
        }
    }

    /** The absent MA's shift is rebuilt by the construction, so even a solve with no search takes her off it. */
    @Test
    void resolveWithTheSmallestBudgetStillTakesTheAbsentMaOff() throws Exception {
        Path covered = dir.resolve("tuesday-quick.csv");
        CliRun run = CliRun.of("cover", "family-medicine", "--roster", roster.toString(), "--ma", "ana", "--date",
                "2026-01-06", "--resolve", "--moves", "1", "--out", covered.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Tue 2026-01-06 Ana Torres: early@pod-a -> off"), run.out());
        Roster after = RosterCsv.read(covered, clinic);
        assertTrue(after.on(1).stream().noneMatch(a -> a.maId().equals("ana")), "Ana is off on Tuesday");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--ma zed --date 2026-01-06|ma: no MA 'zed' on the team; MAs: ana (Ana Torres)",
        "--ma ann --date 2026-01-06|ma: no MA 'ann' on the team (did you mean 'ana'?)",
        "--ma ana --date 2026-02-06|date: 2026-02-06 is outside the roster, which runs from 2026-01-05 to 2026-01-11",
        "--ma ivan --date 2026-01-06|date: Ivan Petrov (ivan) has no shift on Tue 2026-01-06; they have no shift in"
                + " the roster at all",
        "--ma hannah --date 2026-01-06|date: Hannah Lee (hannah) has no shift on Tue 2026-01-06; their shifts:"
                + " 2026-01-05, 2026-01-07, 2026-01-09",
        "--ma ana --date 6/1/2026|--date '6/1/2026' is not a date; write YYYY-MM-DD",
        "--ma ana --date 2026-01-06 --out x.csv|--out goes with --resolve",
        "--ma ana --date 2026-01-06 --resolve --moves 10 --reproducible|--moves and --reproducible are alternatives"})
    void badInputExitsWithCode2AndSaysWhatIsAllowed(String options, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("cover", "family-medicine", "--roster",
                roster.toString()));
        args.addAll(List.of(options.split(" ")));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains(message), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void aMalformedRosterFileIsReportedByLineAndColumn() throws Exception {
        Files.writeString(roster, "ma_id,date,shift,station_id\nana,2026-01-05,early,pod-a\nana,2026-01-06,early,"
                + "pod-q\n");
        CliRun run = CliRun.of("cover", "family-medicine", "--roster", roster.toString(), "--ma", "ana", "--date",
                "2026-01-05");
        assertEquals(2, run.exitCode(), run.out());
        assertTrue(run.err().contains("error: " + roster + ":3:4: station_id: no station 'pod-q' in the scenario"),
                run.err());
    }
}
