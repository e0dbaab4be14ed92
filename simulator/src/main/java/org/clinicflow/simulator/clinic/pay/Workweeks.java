package org.clinicflow.simulator.clinic.pay;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The calendar of a simulation as payroll sees it: day 0 is {@code startDate}, and workweeks begin on
 * {@code workweekStart}. When that is not the start date's weekday, the first workweek starts before day 0 and only its
 * days inside the horizon are counted (the same holds for a last workweek the horizon cuts short).
 */
public record Workweeks(LocalDate startDate, DayOfWeek workweekStart) {
    public Workweeks {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(workweekStart, "workweekStart");
    }

    public DayOfWeek dayOfWeek(int day) {
        return startDate.getDayOfWeek().plus(day);
    }

    /** The day index (possibly negative) on which the workweek holding {@code day} begins. */
    public int firstDayOfWorkweek(int day) {
        return day - Math.floorMod(dayOfWeek(day).getValue() - workweekStart.getValue(), 7);
    }
}
