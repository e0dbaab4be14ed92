package org.clinicflow.scenarios.report.profile;

import java.time.DayOfWeek;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;

/**
 * MAs on duty by weekday and hour as a roster plans them: each shift's minutes in each hour, less its planned unpaid
 * break, divided by 60 (an MA on duty half an hour counts 0.5), averaged over the roster's weeks.
 */
public final class RosterCoverage {
    private RosterCoverage() {
    }

    /** On-duty MAs per hour of {@code day} (24 values); roster day 0 falls on {@code dayZero}. */
    public static double[] onDuty(Roster roster, DayOfWeek dayZero, DayOfWeek day) {
        WeekHours minutes = new WeekHours(dayZero, 0, roster.cycleDays());
        for (ShiftAssignment a : roster.assignments()) {
            double start = a.startMinute();
            double end = a.endMinute();
            if (a.shift().hasBreak()) {
                double breakStart = start + a.shift().breakStartOffsetMinutes();
                double breakEnd = breakStart + a.shift().unpaidBreakMinutes();
                addWrapped(minutes, start, Math.min(breakStart, end), roster.cycleDays());
                addWrapped(minutes, Math.max(breakEnd, start), end, roster.cycleDays());
            } else {
                addWrapped(minutes, start, end, roster.cycleDays());
            }
        }
        double[] mas = new double[WeekHours.HOURS];
        for (int h = 0; h < mas.length; h++) {
            mas[h] = minutes.get(day, h) / 60 / roster.weeks();
        }
        return mas;
    }

    /** Adds [from, to); a shift past the cycle's last midnight spills into its first day, as the roster repeats. */
    private static void addWrapped(WeekHours minutes, double from, double to, int cycleDays) {
        double cycle = cycleDays * 1440.0;
        minutes.addInterval(Math.min(from, cycle), Math.min(to, cycle));
        if (to > cycle) {
            minutes.addInterval(Math.max(from, cycle) - cycle, to - cycle);
        }
    }
}
