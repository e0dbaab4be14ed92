package org.clinicflow.optimizer.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.clinicflow.simulator.clinic.pay.PayRules;

/**
 * Works out how each minute of a shift is paid under the clinic's pay rules: skipped during the unpaid break, at the
 * daily overtime or double rate once the shift's paid minutes pass the daily thresholds (the shift counts on the day
 * it starts), with the evening or weekend differential (the larger when both apply) by the minute's clock time and
 * weekday, and in the workweek the minute falls in, so a shift across the workweek boundary is split as worked.
 * Minutes past the horizon's last workweek count in that week.
 */
public final class PaidTimeCalculator {
    private static final int NONE = Integer.MAX_VALUE;

    private final PayRules pay;
    private final DayOfWeek day0;
    private final WorkWeekCalendar calendar;

    public PaidTimeCalculator(PayRules pay, DayOfWeek day0, WorkWeekCalendar calendar) {
        this.pay = pay;
        this.day0 = day0;
        this.calendar = calendar;
    }

    /** How a shift of {@code template} starting on horizon day {@code day} is paid. */
    public PaidTime of(int day, ShiftTemplate template) {
        ShiftClock clock = ShiftClock.of(day, template);
        OvertimeRule rule = pay.overtime();
        int dailyAfter = thresholdMinutes(rule.dailyAfterHours());
        int doubleAfter = thresholdMinutes(rule.dailyDoubleAfterHours());
        int eveningStart = pay.eveningStart() == null ? NONE : pay.eveningStart().toSecondOfDay() / 60;
        int lastWeek = calendar.weeks().size() - 1;
        Map<Integer, int[]> weeks = new TreeMap<>(); // week -> {paid, straight}
        int paid = 0;
        int overtime = 0;
        int doubled = 0;
        double differential = 0;
        for (int m = clock.start(); m < clock.end(); m++) {
            if (clock.onBreak(m)) {
                continue;
            }
            paid++;
            boolean straight = paid <= dailyAfter;
            if (paid > doubleAfter) {
                doubled++;
            } else if (!straight) {
                overtime++;
            }
            int calendarDay = Math.floorDiv(m, 1440);
            int[] share = weeks.computeIfAbsent(Math.min(calendar.weekOf(calendarDay), lastWeek), w -> new int[2]);
            share[0]++;
            share[1] += straight ? 1 : 0;
            differential += differentialAt(day0.plus(Math.floorMod(calendarDay, 7)), Math.floorMod(m, 1440),
                    eveningStart);
        }
        List<WeekShare> shares = new ArrayList<>();
        weeks.forEach((week, s) -> shares.add(new WeekShare(week, s[0], s[1])));
        return new PaidTime(Math.min(calendar.weekOf(day), lastWeek), paid, differential, overtime, doubled, shares);
    }

    private double differentialAt(DayOfWeek weekday, int minuteOfDay, int eveningStart) {
        double evening = minuteOfDay >= eveningStart ? pay.eveningDifferential() : 0;
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        return Math.max(evening, weekend ? pay.weekendDifferential() : 0);
    }

    private static int thresholdMinutes(Double hours) {
        return hours == null ? NONE : (int) Math.round(hours * 60);
    }
}
