package org.clinicflow.simulator.clinic.pay;

import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;

/**
 * One MA-shift as it is paid: the workday it belongs to (the day it started, also for a shift across midnight), the
 * paid span from {@code start} to {@code end} and the unpaid break inside it. Minutes from the start of day 0.
 */
public record WorkedShift(String maId, int workday, double start, double end, double breakStart,
                          double breakMinutes) {
    /** Slack for floating-point times (a microminute): a break of exactly the whole shift must not fail. */
    private static final double TOLERANCE = 1e-6;

    public WorkedShift {
        if (!(Double.isFinite(start) && Double.isFinite(end) && end >= start)) {
            throw problem(maId, workday, "the shift must end at or after its start, got " + start + " to " + end);
        }
        if (!(breakMinutes >= 0 && breakMinutes <= end - start + TOLERANCE)) {
            throw problem(maId, workday,
                    "the unpaid break must be 0 to " + (end - start) + " minutes, got " + breakMinutes);
        }
        if (!(breakStart >= start - TOLERANCE && breakStart + breakMinutes <= end + TOLERANCE)) {
            throw problem(maId, workday, "the break " + breakStart + "+" + breakMinutes + " lies outside the shift");
        }
    }

    /**
     * The paid shift of a record: from the scheduled start to the later of the scheduled end and the time the MA left
     * (an MA who leaves early is paid to the scheduled end, as {@link MaShiftRecord#paidMinutes()} says). The break
     * starts where the roster's shift template puts it when the roster has this MA on a shift starting at this time;
     * otherwise it sits in the middle of the scheduled shift. It is moved inside the paid span if it would fall outside.
     */
    public static WorkedShift of(MaShiftRecord record, Roster roster) {
        double start = record.scheduledStart();
        double end = Math.max(record.scheduledEnd(), record.left());
        double length = record.unpaidBreakMinutes();
        if (length > end - start && length <= end - start + TOLERANCE) {
            length = end - start;
        }
        double offset = rosteredBreakOffset(record, roster);
        if (Double.isNaN(offset)) {
            offset = (record.scheduledEnd() - start - length) / 2;
        }
        double breakStart = Math.min(Math.max(start, start + offset), end - length);
        return new WorkedShift(record.maId(), record.day(), start, end, breakStart, length);
    }

    /** A shift with no unpaid break. */
    public static WorkedShift withoutBreak(String maId, int workday, double start, double end) {
        return new WorkedShift(maId, workday, start, end, start, 0);
    }

    public double paidMinutes() {
        return end - start - breakMinutes;
    }

    private static double rosteredBreakOffset(MaShiftRecord record, Roster roster) {
        if (roster == null || record.unpaidBreakMinutes() <= 0) {
            return Double.NaN;
        }
        double startOfDay = record.day() * 1440.0;
        for (ShiftAssignment a : roster.on(record.day())) {
            boolean sameStart = Math.abs(startOfDay + a.shift().window().startMinute() - record.scheduledStart()) < 1e-6;
            if (a.maId().equals(record.maId()) && sameStart && a.shift().hasBreak()) {
                return a.shift().breakStartOffsetMinutes();
            }
        }
        return Double.NaN;
    }

    private static IllegalArgumentException problem(String maId, int workday, String what) {
        return new IllegalArgumentException("MA shift of '" + maId + "' on day " + workday + ": " + what);
    }
}
