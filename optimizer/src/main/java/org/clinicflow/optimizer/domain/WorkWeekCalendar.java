package org.clinicflow.optimizer.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/** Which workweek each day of a planning horizon belongs to, given the weekday a workweek starts on. */
public final class WorkWeekCalendar {
    private final int firstWeekStart;
    private final List<WorkWeek> weeks;

    /**
     * @param day0 the weekday of the horizon's first day
     * @param workweekStart the weekday workweeks start on (pay rules)
     * @param days the horizon's length in days
     */
    public WorkWeekCalendar(DayOfWeek day0, DayOfWeek workweekStart, int days) {
        int offset = Math.floorMod(workweekStart.getValue() - day0.getValue(), 7);
        firstWeekStart = offset == 0 ? 0 : offset - 7;
        List<WorkWeek> list = new ArrayList<>();
        for (int start = firstWeekStart, index = 0; start < days; start += 7, index++) {
            list.add(new WorkWeek(index, Math.max(0, start), Math.min(days - 1, start + 6)));
        }
        weeks = List.copyOf(list);
    }

    public List<WorkWeek> weeks() {
        return weeks;
    }

    /** The index of the workweek containing {@code day}. */
    public int weekOf(int day) {
        return Math.floorDiv(day - firstWeekStart, 7);
    }

    /** The day index at which the workweek containing {@code day} starts (may be before the horizon). */
    public int weekStartOf(int day) {
        return firstWeekStart + 7 * weekOf(day);
    }
}
