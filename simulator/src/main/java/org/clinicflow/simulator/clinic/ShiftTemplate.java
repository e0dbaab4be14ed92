package org.clinicflow.simulator.clinic;

/**
 * A shift pattern such as 07:30-16:00 with a 30-minute unpaid lunch starting at 11:30. The break start is minutes after
 * the shift start; 0 break minutes means no break.
 */
public record ShiftTemplate(String id, TimeWindow window, double unpaidBreakMinutes, double breakStartOffsetMinutes) {

    /** Paid hours: the window less the unpaid break. */
    public double paidHours() {
        return (window.minutes() - unpaidBreakMinutes) / 60.0;
    }

    public boolean hasBreak() {
        return unpaidBreakMinutes > 0;
    }
}
