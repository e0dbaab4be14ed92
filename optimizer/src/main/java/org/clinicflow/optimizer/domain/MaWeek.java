package org.clinicflow.optimizer.domain;

/**
 * One MA in one workweek: the paid minutes their contract targets (pro rata for a week cut by the horizon) and the
 * most they may work, and the plan's rules. Weekly rules (contract maximum, overtime, fairness, pod continuity) group shifts by this.
 */
public record MaWeek(TeamMember ma, WorkWeek week, int targetMinutes, int maxMinutes, RosterRules rules) {
    @Override
    public String toString() {
        return ma.id() + "@week" + week.index();
    }
}
