package org.clinicflow.scenarios.report.profile;

import java.time.DayOfWeek;

/**
 * Minutes accumulated per weekday and hour of the day (7 x 24 cells, fixed memory): an interval of simulated time is
 * spread over the hours it covers, only within the observed days {@code [firstDay, endDay)}.
 */
final class WeekHours {
    static final int HOURS = 24;
    private static final int DAY = 1440;

    private final double[] cells = new double[7 * HOURS];
    private final int firstWeekday;
    private final int firstDay;
    private final int endDay;

    /** Day 0 of the run falls on {@code dayZero}; days before {@code firstDay} (warm-up) and from endDay are left out. */
    WeekHours(DayOfWeek dayZero, int firstDay, int endDay) {
        this.firstWeekday = dayZero.getValue() - 1;
        this.firstDay = firstDay;
        this.endDay = endDay;
    }

    /** Adds the minutes of [from, to) (run minutes) to the hours they fall in. */
    void addInterval(double from, double to) {
        addInterval(from, to, 1);
    }

    /** Adds the minutes of [from, to) times {@code weight} (servers, rooms) to the hours they fall in. */
    void addInterval(double from, double to, double weight) {
        double start = Math.max(from, (double) firstDay * DAY);
        double end = Math.min(to, (double) endDay * DAY);
        while (start < end) {
            double hourEnd = (Math.floor(start / 60) + 1) * 60;
            double stop = Math.min(end, hourEnd);
            cells[cell(start)] += (stop - start) * weight;
            start = stop;
        }
    }

    /** Adds {@code amount} to the hour containing run minute {@code minute}, if it is observed. */
    void addAt(double minute, double amount) {
        if (minute >= (double) firstDay * DAY && minute < (double) endDay * DAY) {
            cells[cell(minute)] += amount;
        }
    }

    /** Adds another accumulator's cells (the same days observed). */
    void add(WeekHours other) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] += other.cells[i];
        }
    }

    /** Multiplies every cell by {@code factor}. */
    void scale(double factor) {
        for (int i = 0; i < cells.length; i++) {
            cells[i] *= factor;
        }
    }

    double get(DayOfWeek day, int hour) {
        return cells[(day.getValue() - 1) * HOURS + hour];
    }

    /** The cells of one hour of the day summed over the week. */
    double hourTotal(int hour) {
        double sum = 0;
        for (int d = 0; d < 7; d++) {
            sum += cells[d * HOURS + hour];
        }
        return sum;
    }

    double total() {
        double sum = 0;
        for (double c : cells) {
            sum += c;
        }
        return sum;
    }

    private int cell(double minute) {
        long day = (long) Math.floor(minute / DAY);
        int hour = (int) Math.floor((minute - day * DAY) / 60);
        int weekday = (int) Math.floorMod(firstWeekday + day, 7L);
        return weekday * HOURS + Math.min(hour, HOURS - 1);
    }
}
