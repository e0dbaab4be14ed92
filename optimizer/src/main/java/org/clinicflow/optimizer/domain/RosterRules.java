package org.clinicflow.optimizer.domain;

import org.clinicflow.simulator.clinic.pay.OvertimeRule;

/**
 * The rules every position of a plan is scored by: minimum rest between shifts, maximum consecutive working days,
 * the overtime rule, the soft prices, and whether the plan is compared with a published roster (minimal change).
 */
public record RosterRules(int minRestMinutes, int maxConsecutiveDays, OvertimeRule overtime, Prices prices,
                          boolean comparesToPublished) {

    /** Paid minutes a week beyond which straight time becomes weekly overtime, or -1 without a weekly rule. */
    public int weeklyOvertimeAfterMinutes() {
        return overtime.weeklyAfterHours() == null ? -1 : (int) Math.round(overtime.weeklyAfterHours() * 60);
    }
}
