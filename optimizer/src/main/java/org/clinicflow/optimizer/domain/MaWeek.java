package org.clinicflow.optimizer.domain;

/**
 * One MA in one workweek: the paid minutes their contract targets (pro rata for a week cut by the horizon), the most
 * they may work, and the plan's rules. Weekly rules (contract maximum, overtime, fairness, pod continuity) group
 * shifts by this; each MA holds one per week, so identity is equality (a cheap grouping key).
 */
public final class MaWeek {
    private final TeamMember ma;
    private final WorkWeek week;
    private final int targetMinutes;
    private final int maxMinutes;
    private final RosterRules rules;

    public MaWeek(TeamMember ma, WorkWeek week, int targetMinutes, int maxMinutes, RosterRules rules) {
        this.ma = ma;
        this.week = week;
        this.targetMinutes = targetMinutes;
        this.maxMinutes = maxMinutes;
        this.rules = rules;
    }

    public TeamMember ma() {
        return ma;
    }

    public WorkWeek week() {
        return week;
    }

    public int targetMinutes() {
        return targetMinutes;
    }

    public int maxMinutes() {
        return maxMinutes;
    }

    public RosterRules rules() {
        return rules;
    }

    @Override
    public String toString() {
        return ma.id() + "@week" + week.index();
    }
}
