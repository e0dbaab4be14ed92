package org.clinicflow.optimizer.domain;

import org.clinicflow.simulator.clinic.ShiftTemplate;

/**
 * A shift's times in whole minutes from the start of the horizon: start, end (past midnight for overnight shifts) and
 * the unpaid break.
 */
public record ShiftClock(int start, int end, int breakStart, int breakEnd) {

    /** The clock of {@code template} worked on horizon day {@code day}. */
    public static ShiftClock of(int day, ShiftTemplate template) {
        int start = day * 1440 + (int) Math.round(template.window().startMinute());
        int end = day * 1440 + (int) Math.round(template.window().endMinute());
        int breakStart = start + (int) Math.round(template.breakStartOffsetMinutes());
        int breakEnd = breakStart + (int) Math.round(template.unpaidBreakMinutes());
        return new ShiftClock(start, end, breakStart, breakEnd);
    }

    public boolean onBreak(int minute) {
        return minute >= breakStart && minute < breakEnd;
    }

    /** True when the MA is at work (on the clock and not on break) at {@code minute}. */
    public boolean onDuty(double minute) {
        return minute >= start && minute < end && !(minute >= breakStart && minute < breakEnd);
    }

    public int minutes() {
        return end - start;
    }
}
