package org.clinicflow.simulator.clinic.pay;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits one MA's paid time in one workweek by overtime rule and differential. Hours are taken in the order they were
 * worked. In a workday, hours beyond the daily threshold are overtime and beyond the double-time threshold double
 * time; on the seventh consecutive workday of the workweek (worked every day of it) the first 8 hours are overtime and
 * the rest double time. Weekly overtime counts only straight-time hours: once they pass the weekly threshold, further
 * straight-time hours become overtime, so no hour is counted as overtime twice. A shift belongs wholly to the workday
 * (and workweek) it started on; the differential follows the calendar day and clock time of each minute.
 */
public final class WorkweekClassifier {
    static final long MILLIS_PER_MINUTE = 60_000L;
    static final long MILLIS_PER_DAY = 24 * PaidHours.MILLIS_PER_HOUR;
    /** Labor Code 510: the first 8 hours of the seventh day are time and a half, the rest double time. */
    private static final long SEVENTH_DAY_OVERTIME_MILLIS = 8 * PaidHours.MILLIS_PER_HOUR;
    private static final long NEVER = Long.MAX_VALUE;

    private final PayRules rules;
    private final OvertimeRule rule;
    private final Workweeks weeks;
    private final long dailyAfter;
    private final long dailyDoubleAfter;
    private final long weeklyAfter;
    private final long eveningStart;

    public WorkweekClassifier(PayRules rules, Workweeks weeks) {
        this.rules = rules;
        this.rule = rules.overtime();
        this.weeks = weeks;
        this.dailyAfter = thresholdMillis(rule.dailyAfterHours());
        this.dailyDoubleAfter = thresholdMillis(rule.dailyDoubleAfterHours());
        this.weeklyAfter = thresholdMillis(rule.weeklyAfterHours());
        this.eveningStart = rules.eveningStart() == null ? NEVER
                : rules.eveningStart().toSecondOfDay() * 1000L;
    }

    /** The paid time of {@code shifts} (one MA, all in one workweek), summed per kind, multiplier and differential. */
    public List<PaidHours> classify(List<WorkedShift> shifts) {
        TreeMap<Integer, List<WorkedShift>> byDay = new TreeMap<>();
        for (WorkedShift s : shifts) {
            byDay.computeIfAbsent(s.workday(), d -> new ArrayList<>()).add(s);
        }
        if (!byDay.isEmpty() && weeks.firstDayOfWorkweek(byDay.firstKey())
                != weeks.firstDayOfWorkweek(byDay.lastKey())) {
            throw new IllegalArgumentException("shifts of days " + byDay.firstKey() + " and " + byDay.lastKey()
                    + " are in different workweeks");
        }
        WeekCounts counts = new WeekCounts();
        for (List<WorkedShift> day : byDay.values()) {
            day.sort(Comparator.comparingDouble(WorkedShift::start));
            counts.startDay(rule.seventhDayRule() && counts.daysWorked == 6);
            for (WorkedShift s : day) {
                split(counts, millis(s.start()), millis(s.breakStart()));
                split(counts, millis(s.breakStart() + s.breakMinutes()), millis(s.end()));
            }
            counts.endDay();
        }
        return counts.result();
    }

    private void split(WeekCounts counts, long from, long to) {
        long t = from;
        while (t < to) {
            Rate rate = rateAfter(counts);
            long end = Math.min(to, Math.min(saturatingAdd(t, rate.room), nextDifferentialChange(t)));
            counts.add(rate, differentialAt(t), end - t);
            t = end;
        }
    }

    /** How the next paid minute counts, given the hours already worked this day and week, and for how long. */
    private Rate rateAfter(WeekCounts counts) {
        long day = counts.dayMillis;
        if (counts.seventhDay) {
            return day < SEVENTH_DAY_OVERTIME_MILLIS
                    ? new Rate(HourKind.OVERTIME, rule.dailyMultiplier(), SEVENTH_DAY_OVERTIME_MILLIS - day)
                    : new Rate(HourKind.DOUBLE_TIME, rule.doubleMultiplier(), NEVER);
        }
        if (day >= dailyDoubleAfter) {
            return new Rate(HourKind.DOUBLE_TIME, rule.doubleMultiplier(), NEVER);
        }
        if (day >= dailyAfter) {
            return new Rate(HourKind.OVERTIME, rule.dailyMultiplier(), remaining(dailyDoubleAfter, day));
        }
        if (counts.straightMillis >= weeklyAfter) {
            return new Rate(HourKind.OVERTIME, rule.weeklyMultiplier(), remaining(dailyAfter, day));
        }
        return new Rate(HourKind.REGULAR, 1.0,
                Math.min(remaining(dailyAfter, day), remaining(weeklyAfter, counts.straightMillis)));
    }

    private long nextDifferentialChange(long t) {
        long dayStart = Math.floorDiv(t, MILLIS_PER_DAY) * MILLIS_PER_DAY;
        long evening = eveningStart == NEVER ? NEVER : dayStart + eveningStart;
        return t < evening ? evening : dayStart + MILLIS_PER_DAY;
    }

    private double differentialAt(long t) {
        long calendarDay = Math.floorDiv(t, MILLIS_PER_DAY);
        LocalTime time = LocalTime.ofNanoOfDay((t - calendarDay * MILLIS_PER_DAY) * 1_000_000L);
        return rules.differentialAt(weeks.dayOfWeek((int) calendarDay), time);
    }

    private static long remaining(long threshold, long used) {
        return threshold == NEVER ? NEVER : threshold - used;
    }

    private static long saturatingAdd(long a, long b) {
        return b == NEVER ? NEVER : a + b;
    }

    /** Minutes to whole milliseconds, so that thresholds split time exactly. */
    static long millis(double minutes) {
        return Math.round(minutes * MILLIS_PER_MINUTE);
    }

    private static long thresholdMillis(Double hours) {
        return hours == null ? NEVER : Math.round(hours * PaidHours.MILLIS_PER_HOUR);
    }

    private record Rate(HourKind kind, double multiplier, long room) {
    }

    private record Key(HourKind kind, double multiplier, double differential) {
    }

    /** Running counts of one workweek. */
    private static final class WeekCounts {
        private final Map<Key, long[]> millis = new LinkedHashMap<>();
        private long straightMillis;
        private long dayMillis;
        private int daysWorked;
        private boolean seventhDay;

        void startDay(boolean seventh) {
            dayMillis = 0;
            seventhDay = seventh;
        }

        void endDay() {
            if (dayMillis > 0) {
                daysWorked++;
            }
        }

        void add(Rate rate, double differential, long length) {
            millis.computeIfAbsent(new Key(rate.kind, rate.multiplier, differential), k -> new long[1])[0] += length;
            dayMillis += length;
            if (rate.kind == HourKind.REGULAR) {
                straightMillis += length;
            }
        }

        List<PaidHours> result() {
            List<PaidHours> out = new ArrayList<>(millis.size());
            millis.forEach((k, v) -> out.add(new PaidHours(k.kind, k.multiplier, k.differential, v[0])));
            return out;
        }
    }
}
