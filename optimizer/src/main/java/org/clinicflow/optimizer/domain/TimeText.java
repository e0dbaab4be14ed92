package org.clinicflow.optimizer.domain;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/** Formats days and clock times for explanations ("Tue 2026-01-06", "16:00-16:30"). */
public final class TimeText {
    private TimeText() {
    }

    public static String day(LocalDate date) {
        return date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.US) + " " + date;
    }

    /** Minutes of day as hh:mm; past midnight wraps (25:30 is 01:30). */
    public static String clock(int minuteOfDay) {
        int m = Math.floorMod(minuteOfDay, 1440);
        return String.format(Locale.US, "%02d:%02d", m / 60, m % 60);
    }

    public static String range(int fromMinuteOfDay, int toMinuteOfDay) {
        return clock(fromMinuteOfDay) + "-" + clock(toMinuteOfDay);
    }

    /** Cents as dollars, e.g. "$1,234.50". */
    public static String dollars(long cents) {
        return String.format(Locale.US, "%s$%,d.%02d", cents < 0 ? "-" : "", Math.abs(cents) / 100,
                Math.abs(cents) % 100);
    }

    /** Minutes as hours, e.g. "7.5 h". */
    public static String hours(long minutes) {
        return String.format(Locale.US, "%.1f h", minutes / 60.0);
    }
}
