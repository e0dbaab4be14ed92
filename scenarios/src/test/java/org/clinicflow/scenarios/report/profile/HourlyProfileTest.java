package org.clinicflow.scenarios.report.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.results.ClinicDayRecord;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;
import org.clinicflow.simulator.clinic.results.PatientOutcome;
import org.clinicflow.simulator.clinic.results.PatientRecord;
import org.clinicflow.simulator.clinic.results.ProviderSessionRecord;
import org.junit.jupiter.api.Test;

/** One replication's records placed in the right weekday-hour cells. */
class HourlyProfileTest {
    private static final ShiftTemplate DAY = new ShiftTemplate("day", TimeWindow.of("08:00", "17:00"), 60, 240);
    private static final Roster ROSTER = new Roster(1, List.of(new ShiftAssignment("ana", 1, DAY, "pod-a")));

    private static double at(int day, double hour) {
        return day * 1440 + hour * 60;
    }

    @Test
    void maWorkIsPlacedWhenRequestedAndWhenDone() {
        HourlyProfile p = new HourlyProfile(DayOfWeek.MONDAY, 0, 7, ROSTER);
        p.maTask(new MaTaskRecord("rooming", "pod-a", "ana", 1, at(1, 9.75), at(1, 10.25), 30));
        assertEquals(30, p.maRequested.get(DayOfWeek.TUESDAY, 9), 1e-9, "offered in the hour it was asked for");
        assertEquals(0, p.maRequested.get(DayOfWeek.TUESDAY, 10), 1e-9);
        assertEquals(30, p.maBusy.get(DayOfWeek.TUESDAY, 10), 1e-9, "worked 10:15-10:45");
    }

    @Test
    void onDutyLeavesOutThePlannedBreakAndCountsOvertime() {
        HourlyProfile p = new HourlyProfile(DayOfWeek.MONDAY, 0, 7, ROSTER);
        p.maShift(new MaShiftRecord("ana", 1, "pod-a", at(1, 8), at(1, 17), at(1, 17.5), 300, 60));
        assertEquals(60, p.maOnDuty.get(DayOfWeek.TUESDAY, 11), 1e-9);
        assertEquals(0, p.maOnDuty.get(DayOfWeek.TUESDAY, 12), 1e-9, "the roster's break 12:00-13:00");
        assertEquals(30, p.maOnDuty.get(DayOfWeek.TUESDAY, 17), 1e-9, "half an hour of overtime");
        assertEquals(9 * 60 + 30 - 60, p.maOnDuty.total(), 1e-9, "the paid minutes of the shift");
        // a shift the roster does not know (another MA) takes its break in the middle
        p.maShift(new MaShiftRecord("ben", 1, "pod-a", at(1, 8), at(1, 16), at(1, 16), 0, 60));
        assertEquals(60 + 30, p.maOnDuty.get(DayOfWeek.TUESDAY, 11), 1e-9, "ana, and ben until 11:30");
        assertEquals(30, p.maOnDuty.get(DayOfWeek.TUESDAY, 12), 1e-9, "ben back at 12:30; ana on her break");
    }

    @Test
    void providersAndRoomsFromPatientsAndDays() {
        HourlyProfile p = new HourlyProfile(DayOfWeek.MONDAY, 0, 7, ROSTER);
        p.providerSession(new ProviderSessionRecord("dr", 2, at(2, 8), at(2, 12), at(2, 12.25), 200));
        p.patient(new PatientRecord(1, 2, false, "v", "dr", at(2, 9), at(2, 8.9), at(2, 8.9), at(2, 8.95),
                at(2, 9), at(2, 9.1), at(2, 9.5), at(2, 10.25), at(2, 10.5), 6, 0, 0, PatientOutcome.COMPLETED));
        assertEquals(60, p.providerOnDuty.get(DayOfWeek.WEDNESDAY, 11), 1e-9);
        assertEquals(15, p.providerOnDuty.get(DayOfWeek.WEDNESDAY, 12), 1e-9, "the session ran 15 min over");
        assertEquals(30, p.providerBusy.get(DayOfWeek.WEDNESDAY, 9), 1e-9);
        assertEquals(15, p.providerBusy.get(DayOfWeek.WEDNESDAY, 10), 1e-9);
        assertEquals(60, p.roomsHeld.get(DayOfWeek.WEDNESDAY, 9), 1e-9, "roomed at 09:00");
        assertEquals(30, p.roomsHeld.get(DayOfWeek.WEDNESDAY, 10), 1e-9, "left at 10:30");
        p.clinicDay(new ClinicDayRecord(2, LocalDate.of(2026, 1, 7), at(2, 8), at(2, 17), at(2, 17), 120,
                5 * 9 * 60));
        assertEquals(300, p.roomsOpen.get(DayOfWeek.WEDNESDAY, 8), 1e-9, "five rooms open all hour");
        assertEquals(5 * 9 * 60, p.roomsOpen.total(), 1e-9);
        assertEquals(120, p.roomsOccupiedExact, 1e-9);
    }

    @Test
    void warmUpDaysAreLeftOut() {
        HourlyProfile p = new HourlyProfile(DayOfWeek.MONDAY, 2, 7, ROSTER);
        p.maTask(new MaTaskRecord("rooming", "pod-a", "ana", 1, at(1, 9), at(1, 9), 10));
        p.maShift(new MaShiftRecord("ana", 1, "pod-a", at(1, 8), at(1, 17), at(1, 17), 300, 60));
        p.clinicDay(new ClinicDayRecord(1, LocalDate.of(2026, 1, 6), at(1, 8), at(1, 17), at(1, 17), 120, 2700));
        assertEquals(0, p.maRequested.total() + p.maOnDuty.total() + p.roomsOpen.total() + p.roomsOccupiedExact,
                1e-9);
    }
}
