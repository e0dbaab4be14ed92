package org.clinicflow.scenarios.report.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** Spreading intervals over weekday-hour cells. */
class WeekHoursTest {
    @Test
    void intervalsSplitAtHourAndDayBoundaries() {
        WeekHours w = new WeekHours(DayOfWeek.MONDAY, 0, 14);
        w.addInterval(7 * 60 + 30, 9 * 60 + 15); // Monday 07:30-09:15
        assertEquals(30, w.get(DayOfWeek.MONDAY, 7), 1e-9);
        assertEquals(60, w.get(DayOfWeek.MONDAY, 8), 1e-9);
        assertEquals(15, w.get(DayOfWeek.MONDAY, 9), 1e-9);
        w.addInterval(1440 + 23 * 60 + 40, 2 * 1440 + 20); // Tuesday 23:40 to Wednesday 00:20
        assertEquals(20, w.get(DayOfWeek.TUESDAY, 23), 1e-9);
        assertEquals(20, w.get(DayOfWeek.WEDNESDAY, 0), 1e-9);
        w.addInterval(7 * 1440 + 8 * 60, 7 * 1440 + 9 * 60, 3); // next Monday 08:00-09:00, three servers
        assertEquals(240, w.get(DayOfWeek.MONDAY, 8), 1e-9, "weeks add up in the weekday's cell");
        assertEquals(30 + 60 + 15 + 40 + 180, w.total(), 1e-9);
        assertEquals(240, w.hourTotal(8), 1e-9);
    }

    @Test
    void onlyObservedDaysCountAndDayZeroSetsTheWeekday() {
        WeekHours w = new WeekHours(DayOfWeek.WEDNESDAY, 1, 2); // day 0 is a Wednesday; only day 1 observed
        w.addInterval(0, 3 * 1440);
        assertEquals(60 * 24, w.total(), 1e-9, "warm-up day 0 and day 2 left out");
        assertEquals(60, w.get(DayOfWeek.THURSDAY, 5), 1e-9);
        w.addAt(1440 + 600, 5);
        w.addAt(600, 7); // warm-up: ignored
        assertEquals(65, w.get(DayOfWeek.THURSDAY, 10), 1e-9);
    }
}
