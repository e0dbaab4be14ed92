package org.clinicflow.simulator.clinic;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A stretch of a day from {@code start} to {@code end}; an end at or before the start means the next day (a shift
 * across midnight). Minutes are counted from the start of the day.
 */
public record TimeWindow(LocalTime start, LocalTime end) {
    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static TimeWindow of(String start, String end) {
        return new TimeWindow(LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Minutes from the start of the day to the start. */
    public double startMinute() {
        return start.toSecondOfDay() / 60.0;
    }

    /** Minutes from the start of the day to the end; beyond 1440 when the window crosses midnight. */
    public double endMinute() {
        double e = end.toSecondOfDay() / 60.0;
        return e <= startMinute() ? e + 1440 : e;
    }

    public double minutes() {
        return endMinute() - startMinute();
    }

    public boolean crossesMidnight() {
        return endMinute() > 1440;
    }

    /** True if the minute of day {@code m} (0..1440+) falls inside [start, end). */
    public boolean contains(double m) {
        return m >= startMinute() && m < endMinute();
    }

    /** "08:00-17:00"; a window ending at midnight ends at "24:00", as people write it (00:00-24:00 is all day). */
    @Override
    public String toString() {
        return start + "-" + (end.equals(LocalTime.MIDNIGHT) ? "24:00" : end.toString());
    }
}
