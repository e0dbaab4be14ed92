package org.clinicflow.scenarios.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.input.InvalidInputFileException;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.pay.Payroll;
import org.clinicflow.simulator.clinic.pay.Timesheets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster as CSV (written, costed by the pay rules, read back, checked) and as iCalendar files. */
class RosterFilesTest {
    private final Clinic clinic = ScenarioLoader.load("family-medicine").clinic();
    private final Roster roster = clinic.baselineRoster();

    @Test
    void shiftCostsAddUpToThePayrollOfTheRosterWorkedAsPlanned(@TempDir Path dir) throws Exception {
        // California overtime, a 9% credential premium: each MA's shift costs must sum to their planned pay exactly
        Clinic california = clinic;
        List<RosterLine> lines = RosterCosting.lines(california, roster);
        Payroll payroll = Timesheets.planned(california, roster.cycleDays());
        for (MedicalAssistant ma : california.medicalAssistants()) {
            MonetaryAmount sum = payroll.payOf(ma.id()).laborCost().multiply(0);
            for (RosterLine l : lines) {
                if (l.maId().equals(ma.id())) {
                    sum = sum.add(l.cost());
                }
            }
            assertEquals(payroll.payOf(ma.id()).laborCost(), sum, ma.id());
        }
        RosterLine anaMonday = lines.stream().filter(l -> l.maId().equals("ana") && l.day() == 0).findFirst()
                .orElseThrow();
        assertEquals(8.0, anaMonday.paidHours(), 1e-12, "early: 07:30-16:00 less 30 min");
        assertEquals(new java.math.BigDecimal("204.92"), anaMonday.cost().getNumber()
                .numberValue(java.math.BigDecimal.class), "8 h x $23.50 x 1.09 (CMA)");
    }

    @Test
    void aRosterWrittenAsCsvReadsBackTheSame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("roster.csv");
        RosterCsv.write(file, clinic, roster);
        List<String> lines = Files.readAllLines(file);
        assertEquals(String.join(",", RosterCsv.HEADER), lines.get(0));
        assertEquals("ana,Ana Torres,2026-01-05,Mon,early,07:30,16:00,30,pod-a,Pod A rooming,8,204.92,USD",
                lines.get(1));
        assertEquals(roster.assignments().size() + 1, lines.size());
        Roster back = RosterCsv.read(file, clinic);
        assertEquals(roster.weeks(), back.weeks());
        assertEquals(roster.assignments(), back.assignments());
    }

    @Test
    void everyProblemOfARosterFileIsNamedWithItsLineAndColumn(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, String.join("\n",
                "ma_id,date,shift,start,station_id",
                "ana,2026-01-05,early,07:30,pod-a",
                "anna,2026-01-06,early,07:30,pod-a",
                "ben,2026-13-01,day,08:00,pod-a",
                "ben,2026-03-02,day,08:00,pod-a",
                "carla,2026-01-05,erly,07:30,pod-b",
                "diego,2026-01-05,day,09:00,pod-b",
                "emily,2026-01-05,day,08:00,pod-x",
                "ana,2026-01-05,day,08:00,pod-a") + "\n");
        InvalidInputFileException e = assertThrows(InvalidInputFileException.class, () -> RosterCsv.read(file,
                clinic));
        List<String> messages = e.problems().stream().map(InvalidInputException::getMessage).toList();
        String f = file.toString();
        assertEquals(List.of(
                f + ":3:1: ma_id: no MA 'anna' in the scenario (did you mean 'ana'?); MAs: ana, ben, carla, diego,"
                        + " emily, fatima, grace, hannah, ivan",
                f + ":4:2: date: '2026-13-01' is not a date; write it as YYYY-MM-DD, e.g. 2026-01-05",
                f + ":5:2: date: 2026-03-02 is outside the roster: rosters start on the scenario's start date"
                        + " 2026-01-05 (a Monday) and span 1 to 6 weeks, to 2026-02-15 at the latest",
                f + ":6:3: shift: no shift template 'erly' in the scenario (did you mean 'early'?); shift templates:"
                        + " early, day, mid, late, am, pm",
                f + ":7:4: start: 09:00 does not match shift day (start 08:00); change the shift column to a template"
                        + " with the times wanted",
                f + ":8:5: station_id: no station 'pod-x' in the scenario (did you mean 'pod-a'?); stations: pod-a,"
                        + " pod-b, pod-c, lab, float",
                f + ":9:2: date: MA ana has a second shift on 2026-01-05; a roster has at most one shift per MA and"
                        + " day"), messages);
    }

    @Test
    void rowsAreNamedByTheirLineInTheFileAcrossBlankLinesLinesOfSpacesAndValuesSpanningLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lines.csv");
        Files.writeString(file, "ma_id,ma_name,date,shift,station_id\r\n   \r\nana,\"Ana\r\nTorres\",2026-01-05,early,pod-a"
                + "\r\nanna,Anna,2026-01-06,early,pod-a\r\n\r\nben,Ben,2026-01-06,dya,pod-a\r\n");
        List<String> messages = assertThrows(InvalidInputFileException.class, () -> RosterCsv.read(file, clinic))
                .problems().stream().map(InvalidInputException::getMessage).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith(file + ":5:1: ma_id: no MA 'anna'"), messages.toString());
        assertTrue(messages.get(1).startsWith(file + ":7:4: shift: no shift template 'dya'"), messages.toString());
    }

    @Test
    void anUnclosedQuoteIsNamedWhereItOpensWithTheProblemsBeforeIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("quote.csv");
        Files.writeString(file, String.join("\n", "ma_id,date,shift,station_id", "anna,2026-01-05,early,pod-a",
                "ben,\"2026-01-05,day,pod-a", "carla,2026-01-05,day,pod-b") + "\n");
        List<String> messages = assertThrows(InvalidInputFileException.class, () -> RosterCsv.read(file, clinic))
                .problems().stream().map(InvalidInputException::getMessage).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith(file + ":2:1: ma_id: no MA 'anna'"), messages.toString());
        assertEquals(file + ":3:2: date: the quote opened here is never closed, so the rest of the file would be one"
                + " value; close it with a quote, or remove it (write a quote inside a value as \"\")", messages.get(1));
        Path after = dir.resolve("after.csv");
        Files.writeString(after, "ma_id,date,shift,station_id\nben,\"2026-01-05\"x,day,pod-a\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RosterCsv.read(after, clinic));
        assertTrue(e.getMessage().startsWith(after + ":2:2: date: text after the closing quote"), e.getMessage());
        for (String m : List.of(messages.get(1), e.getMessage())) {
            assertTrue(!m.contains("org.apache") && !m.contains("Exception"), "no library names: " + m);
        }
    }

    @Test
    void aRowWithMoreOrFewerFieldsThanTheHeaderIsRejected(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("fields.csv");
        Files.writeString(file, String.join("\n", "ma_id,date,shift,station_id", "ana,2026-01-05,early,pod-a",
                "ben,2026-01-05,day,pod-a,extra", "carla,2026-01-05,day") + "\n");
        List<String> messages = assertThrows(InvalidInputFileException.class, () -> RosterCsv.read(file, clinic))
                .problems().stream().map(InvalidInputException::getMessage).toList();
        assertEquals(List.of(
                file + ":3:5: row: has 5 fields but the header names 4 columns (ma_id, date, shift, station_id);"
                        + " remove the extra field, or put a value holding a comma in double quotes",
                file + ":4:4: row: has 3 fields but the header names 4 columns (ma_id, date, shift, station_id);"
                        + " give every column, empty if unknown"), messages);
    }

    @Test
    void aFileWithoutTheRequiredColumnsOrRowsSaysWhatItNeeds(@TempDir Path dir) throws Exception {
        Path noColumns = dir.resolve("columns.csv");
        Files.writeString(noColumns, "name,day\nana,Mon\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> RosterCsv.read(noColumns, clinic));
        assertTrue(e.getMessage().startsWith(noColumns + ":1: header: missing columns ma_id, date, shift,"
                + " station_id"), e.getMessage());
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, String.join(",", RosterCsv.HEADER) + "\n");
        assertEquals(empty + ": holds no shifts; a roster file has one row per MA-shift",
                assertThrows(InvalidInputException.class, () -> RosterCsv.read(empty, clinic)).getMessage());
        assertEquals(dir.resolve("none.csv") + ": no such file", assertThrows(InvalidInputException.class,
                () -> RosterCsv.read(dir.resolve("none.csv"), clinic)).getMessage());
    }

    @Test
    void eachMaGetsACalendarWithOneEventPerShift(@TempDir Path dir) throws Exception {
        Instant stamp = Instant.parse("2026-01-01T09:00:00Z");
        List<Path> files = RosterCalendar.write(dir, clinic, roster, stamp);
        assertEquals(8, files.size(), "the eight MAs with shifts; Ivan has none in the baseline");
        ICalendar ana = Biweekly.parse(dir.resolve("ana.ics").toFile()).first();
        assertEquals(5, ana.getEvents().size());
        Set<String> uids = new HashSet<>();
        for (VEvent event : ana.getEvents()) {
            uids.add(event.getUid().getValue());
            assertEquals("Pod A rooming (early shift)", event.getSummary().getValue());
            assertEquals("Pod A rooming, family-medicine", event.getLocation().getValue());
            assertEquals(stamp, event.getDateTimeStamp().getValue().toInstant());
        }
        assertEquals(5, uids.size(), "one UID per shift");
        VEvent monday = ana.getEvents().get(0);
        assertEquals(LocalDateTime.of(2026, 1, 5, 7, 30), local(monday.getDateStart().getValue()));
        assertEquals(LocalDateTime.of(2026, 1, 5, 16, 0), local(monday.getDateEnd().getValue()));
        assertTrue(monday.getDescription().getValue().contains("Unpaid break 30 min from 11:30"));
        String text = Files.readString(dir.resolve("ana.ics"));
        assertTrue(text.contains("DTSTART:20260105T073000\r\n"), "floating local time, no TZID, no Z: " + text);
    }

    private static LocalDateTime local(java.util.Date date) {
        return LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }
}
