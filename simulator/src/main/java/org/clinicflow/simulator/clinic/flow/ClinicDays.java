package org.clinicflow.simulator.clinic.flow;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.WeeklyHours;

/**
 * The simulated days: day d starts at minute d * 1440 and falls on {@code startDate + d}. Opening and closing times are
 * absolute minutes (closing past the next midnight for hours across midnight).
 */
final class ClinicDays {
    static final double DAY = 1440;

    private final LocalDate startDate;
    private final WeeklyHours hours;
    private final int days;
    private final double[] sweepAfter;

    ClinicDays(LocalDate startDate, WeeklyHours hours, int days) {
        this.startDate = startDate;
        this.hours = hours;
        this.days = days;
        sweepAfter = new double[Math.max(days, 0) + 1];
        sweepAfter[sweepAfter.length - 1] = Double.POSITIVE_INFINITY;
        for (int d = sweepAfter.length - 2; d >= 0; d--) {
            sweepAfter[d] = openAt(start(d + 1)) ? sweepAfter[d + 1] : start(d + 1);
        }
    }

    int count() {
        return days;
    }

    LocalDate date(int day) {
        return startDate.plusDays(day);
    }

    DayOfWeek weekday(int day) {
        return date(day).getDayOfWeek();
    }

    static double start(int day) {
        return day * DAY;
    }

    /** The day a time falls on. */
    static int dayOf(double time) {
        return (int) Math.floor(time / DAY);
    }

    boolean isOpen(int day) {
        return hours.isOpen(weekday(day));
    }

    /** The day's opening hours, or null when closed. */
    TimeWindow hours(int day) {
        return hours.on(weekday(day)).orElse(null);
    }

    /** Opening time of an open day, NaN when closed. */
    double opening(int day) {
        TimeWindow w = hours(day);
        return w == null ? Double.NaN : start(day) + w.startMinute();
    }

    /** Closing time of an open day (after the next midnight for hours across midnight), NaN when closed. */
    double closing(int day) {
        TimeWindow w = hours(day);
        return w == null ? Double.NaN : start(day) + w.endMinute();
    }

    /** True if the clinic is open at the instant {@code time} (by its own day's hours or the previous day's). */
    boolean openAt(double time) {
        int d = dayOf(time);
        return within(d, time) || within(d - 1, time);
    }

    private boolean within(int day, double time) {
        TimeWindow w = hours(day);
        return w != null && time >= start(day) + w.startMinute() && time < start(day) + w.endMinute();
    }

    /**
     * The first midnight after {@code time} at which the clinic is closed, when everyone still there is swept; infinite
     * if the clinic stays open through every midnight to the end of the run.
     */
    double nextSweep(double time) {
        int d = dayOf(time);
        return d < 0 ? sweepAfter[0] : d < sweepAfter.length ? sweepAfter[d] : Double.POSITIVE_INFINITY;
    }

    /**
     * The first opening at or after {@code time}, looking up to two weeks ahead (infinite if the clinic never opens).
     */
    double nextOpening(double time) {
        int d = Math.max(0, dayOf(time));
        for (int k = 0; k <= 14; k++) {
            double o = opening(d + k);
            if (o >= time) {
                return o;
            }
        }
        return Double.POSITIVE_INFINITY;
    }
}
