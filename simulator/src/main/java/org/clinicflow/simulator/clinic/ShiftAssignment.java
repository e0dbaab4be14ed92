package org.clinicflow.simulator.clinic;

/**
 * One MA working one shift at one station on day {@code day} of the roster cycle (day 0 is the first day of the
 * scenario, a Monday).
 */
public record ShiftAssignment(String maId, int day, ShiftTemplate shift, String stationId) {
    /** Start in minutes from the start of the roster cycle. */
    public double startMinute() {
        return day * 1440.0 + shift.window().startMinute();
    }

    /** End in minutes from the start of the roster cycle (past midnight for overnight shifts). */
    public double endMinute() {
        return day * 1440.0 + shift.window().endMinute();
    }
}
