package org.clinicflow.optimizer.explain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;
import org.clinicflow.optimizer.domain.TimeText;
import org.clinicflow.optimizer.solver.RosterConstraintProvider;
import org.clinicflow.optimizer.solver.BucketWaiting;

/**
 * A roster's score in plain language: the totals per rule, the buckets where patients are expected to wait most,
 * every stretch a station cannot be staffed (with where, when and why), and overtime per MA.
 */
public record RosterExplanation(HardMediumSoftLongScore score, List<ConstraintTotal> totals,
                                List<BucketWaiting> worstWaiting, List<StaffingGap> staffingGaps,
                                List<OvertimeSummary> overtime) {
    public RosterExplanation {
        totals = List.copyOf(totals);
        worstWaiting = List.copyOf(worstWaiting);
        staffingGaps = List.copyOf(staffingGaps);
        overtime = List.copyOf(overtime);
    }

    /** The soft total of one rule in cents (0 if it did not match). */
    public long softCents(String constraintName) {
        return totals.stream().filter(t -> t.name().equals(constraintName)).mapToLong(ConstraintTotal::soft).sum();
    }

    /** Labor cost including differentials and overtime premiums, in cents. */
    public long laborCents() {
        return -(softCents(RosterConstraintProvider.LABOR) + softCents(RosterConstraintProvider.DAILY_OVERTIME)
                + softCents(RosterConstraintProvider.WEEKLY_OVERTIME)
                + softCents(RosterConstraintProvider.SEVENTH_DAY));
    }

    /** The price of the expected patient waiting, in cents. */
    public long waitingCents() {
        return -softCents(RosterConstraintProvider.PATIENT_WAITING);
    }

    /** A report for people. */
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append("Score: ").append(score).append(score.hardScore() < 0 ? " (breaks hard rules)" : "")
                .append('\n');
        text.append("Labor incl. overtime: ").append(TimeText.dollars(laborCents()))
                .append("; expected waiting priced at ").append(TimeText.dollars(waitingCents())).append('\n');
        if (staffingGaps.isEmpty()) {
            text.append("Every open station has its minimum staff.\n");
        } else {
            text.append(staffingGaps.size()).append(" staffing gaps:\n");
            staffingGaps.forEach(g -> text.append("  ").append(g.describe()).append('\n'));
        }
        if (!worstWaiting.isEmpty()) {
            text.append("Where patients wait most:\n");
            worstWaiting.forEach(w -> text.append("  ").append(w.describe()).append('\n'));
        }
        if (!overtime.isEmpty()) {
            text.append("Overtime:\n");
            overtime.forEach(o -> text.append("  ").append(o.describe()).append('\n'));
        }
        text.append("By rule:\n");
        for (ConstraintTotal t : totals) {
            text.append("  ").append(t.name()).append(": ");
            if (t.hard() != 0 || t.medium() != 0) {
                text.append(t.hard()).append(" hard, ").append(t.medium()).append(" medium, ");
            }
            text.append(TimeText.dollars(-t.soft())).append(" (").append(t.matches()).append(" matches)\n");
        }
        return text.toString();
    }
}
