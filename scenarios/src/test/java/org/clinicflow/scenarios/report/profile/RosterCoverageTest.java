package org.clinicflow.scenarios.report.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.util.List;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.junit.jupiter.api.Test;

/** MAs on duty by hour as the roster plans them. */
class RosterCoverageTest {
    @Test
    void familyMedicineBaselineByHour() {
        Roster roster = ScenarioLoader.loadBuiltIn("family-medicine").clinic().baselineRoster();
        double[] monday = RosterCoverage.onDuty(roster, DayOfWeek.MONDAY, DayOfWeek.MONDAY);
        double[] tuesday = RosterCoverage.onDuty(roster, DayOfWeek.MONDAY, DayOfWeek.TUESDAY);
        // early 07:30-16:00 (break 11:30-12:00) x3, day 08:00-17:00 (break 12:00-13:00) x4, Hannah am 08-12 Mon/Wed/Fri
        assertEquals(1.5, monday[7], 1e-9, "three early MAs for half an hour");
        assertEquals(8, monday[9], 1e-9);
        assertEquals(7, tuesday[9], 1e-9, "no Hannah on Tuesday");
        assertEquals(6.5, monday[11], 1e-9, "early MAs on break 11:30-12:00");
        assertEquals(3, monday[12], 1e-9, "day shifts at lunch, Hannah gone");
        assertEquals(4, monday[16], 1e-9, "early shifts ended");
        assertEquals(0, monday[17], 1e-9);
        assertEquals(0, RosterCoverage.onDuty(roster, DayOfWeek.MONDAY, DayOfWeek.SATURDAY)[10], 1e-9);
    }

    @Test
    void nightShiftsWrapAndWeeksAverage() {
        ShiftTemplate night = new ShiftTemplate("night", TimeWindow.of("22:00", "06:00"), 0, 0);
        // two weeks: Sunday night in week 2 only, running into Monday of week 1 as the roster repeats
        Roster roster = new Roster(2, List.of(new ShiftAssignment("a", 13, night, "triage")));
        double[] sunday = RosterCoverage.onDuty(roster, DayOfWeek.MONDAY, DayOfWeek.SUNDAY);
        double[] monday = RosterCoverage.onDuty(roster, DayOfWeek.MONDAY, DayOfWeek.MONDAY);
        assertEquals(0.5, sunday[23], 1e-9, "one of two Sundays");
        assertEquals(0.5, monday[3], 1e-9, "the early hours of the next Monday");
        assertEquals(0, monday[6], 1e-9);
    }
}
