package org.clinicflow.optimizer.domain;

/**
 * A workweek of the pay rules, clipped to the planning horizon: days {@code firstDay} to {@code lastDay} inclusive,
 * counted from the horizon's first day. A week cut by the horizon's edge has fewer than 7 days.
 */
public record WorkWeek(int index, int firstDay, int lastDay) {
    public int days() {
        return lastDay - firstDay + 1;
    }

    public boolean contains(int day) {
        return day >= firstDay && day <= lastDay;
    }

    /** True when the whole workweek lies inside the horizon. */
    public boolean complete() {
        return days() == 7;
    }
}
