package org.clinicflow.optimizer.domain;

import java.util.List;

/**
 * How a shift is paid: the workweek of its start day, paid minutes (the window less the unpaid break), differential-weighted extra minutes (a paid
 * minute at +10% adds 0.1), minutes at the daily overtime rate and at the daily double rate (both counted on the day
 * the shift starts), and the split across workweeks.
 */
public record PaidTime(int startWeek, int paidMinutes, double differentialMinutes, int dailyOvertimeMinutes, int dailyDoubleMinutes,
                       List<WeekShare> weekShares) {
    public PaidTime {
        weekShares = List.copyOf(weekShares);
    }
}
