package org.clinicflow.scenarios.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicflow.optimizer.domain.Prices;
import org.clinicflow.optimizer.domain.TimeText;
import org.clinicflow.optimizer.explain.ConstraintTotal;
import org.clinicflow.optimizer.explain.RosterExplanation;
import org.clinicflow.optimizer.solver.RosterConstraintProvider;

/**
 * The solver's explanation of a roster in plain words: what it costs, how much waiting the tables expect and where
 * the most, what cannot be staffed (where, when and why), overtime by MA, and the baseline scored the same way.
 */
public final class ExplanationText {
    /** Buckets of expected waiting listed. */
    static final int WORST_SHOWN = 5;

    private ExplanationText() {
    }

    public static String render(OptimizeOutcome outcome) {
        RosterExplanation e = outcome.explanation();
        Prices prices = outcome.request().solver().prices();
        int weeks = outcome.request().weeks();
        StringBuilder b = new StringBuilder();
        b.append("The solver's estimate for ").append(weeks).append(weeks == 1 ? " week" : " weeks")
                .append(" (its waiting tables, before simulation):\n");
        b.append("  Labor with differentials and overtime premiums: ").append(TimeText.dollars(e.laborCents()))
                .append('\n');
        b.append("  Expected patient waiting for MAs: ").append(waiting(e, prices)).append('\n');
        long other = otherCents(e);
        if (other != 0) {
            b.append("  Preferences, fairness and continuity: ").append(TimeText.dollars(other)).append('\n');
        }
        RosterExplanation base = outcome.baselineExplanation();
        b.append("  The baseline roster by the same tables: labor ").append(TimeText.dollars(base.laborCents()))
                .append(", waiting ").append(waiting(base, prices)).append('\n');
        if (e.staffingGaps().isEmpty()) {
            b.append("Every station has its minimum staff while providers see patients.\n");
        } else {
            b.append(e.staffingGaps().size()).append(e.staffingGaps().size() == 1 ? " stretch" : " stretches")
                    .append(" cannot be staffed to the minimum:\n");
            e.staffingGaps().forEach(g -> b.append("  ").append(g.describe()).append('\n'));
        }
        if (!e.worstWaiting().isEmpty()) {
            b.append("Where patients are expected to wait most:\n");
            e.worstWaiting().stream().limit(WORST_SHOWN).forEach(w -> b.append("  ").append(w.describe())
                    .append('\n'));
        }
        if (e.overtime().isEmpty()) {
            b.append("Overtime rostered: none.\n");
        } else {
            b.append("Overtime rostered:\n");
            e.overtime().forEach(o -> b.append("  ").append(o.describe()).append('\n'));
        }
        if (e.score().hardScore() < 0) {
            b.append("Hard rules broken: ").append(String.join("; ", hardRules(e))).append('\n');
        }
        return b.toString();
    }

    /** "about 7,605 patient-minutes, priced at $2,585.76 (34 cents a minute)". */
    public static String waiting(RosterExplanation e, Prices prices) {
        double cents = prices.waitingCentsPerPatientMinute();
        long minutes = cents > 0 ? Math.round(e.waitingCents() / cents) : 0;
        return String.format(Locale.US, "about %,d patient-minutes, priced at %s (%s cents a minute)", minutes,
                TimeText.dollars(e.waitingCents()), java.math.BigDecimal.valueOf(cents).stripTrailingZeros()
                        .toPlainString());
    }

    /** The soft cents of every rule that is neither labor, overtime nor waiting. */
    private static long otherCents(RosterExplanation e) {
        List<String> priced = List.of(RosterConstraintProvider.LABOR, RosterConstraintProvider.DAILY_OVERTIME,
                RosterConstraintProvider.WEEKLY_OVERTIME, RosterConstraintProvider.SEVENTH_DAY,
                RosterConstraintProvider.PATIENT_WAITING);
        return -e.totals().stream().filter(t -> !priced.contains(t.name())).mapToLong(ConstraintTotal::soft).sum();
    }

    private static List<String> hardRules(RosterExplanation e) {
        List<String> rules = new ArrayList<>();
        for (ConstraintTotal t : e.totals()) {
            if (t.hard() < 0) {
                rules.add(t.name() + " (" + t.matches() + (t.matches() == 1 ? " time)" : " times)"));
            }
        }
        return rules;
    }
}
