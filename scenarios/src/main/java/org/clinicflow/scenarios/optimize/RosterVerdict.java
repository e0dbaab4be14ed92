package org.clinicflow.scenarios.optimize;

import java.util.List;
import org.clinicflow.scenarios.experiment.Comparison;
import org.clinicflow.scenarios.report.ComparisonVerdict;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/**
 * Whether the optimized roster beat the baseline in simulation, judged on the paired differences (optimized minus
 * baseline, common random numbers) of the wait staffing controls ({@code waitPastAppointmentMinutes}: from when the
 * patient was due to rooming, without the minutes they chose to arrive early) and of labor cost (overtime included).
 * A change counts when its 95% interval excludes 0; "no more" means the interval does not lie wholly above 0.
 */
public record RosterVerdict(Outcome outcome, Estimate waitDifference, Estimate costDifference, String sentence) {
    /** The KPI of the waiting judgement. */
    public static final Kpi WAIT = Kpi.WAIT_PAST_APPOINTMENT_MINUTES;
    /** The KPI of the cost judgement. */
    public static final Kpi COST = Kpi.LABOR_COST;
    /** The KPIs the verdict sentence speaks of. */
    public static final List<Kpi> SPOKEN = List.of(Kpi.WAIT_PAST_APPOINTMENT_MINUTES, Kpi.WAITING_ROOM_MINUTES,
            Kpi.TOTAL_WAIT_MINUTES, Kpi.ROOMED_WITHIN_15_MIN_PCT, Kpi.MA_OVERTIME_MINUTES, Kpi.CLINIC_OVERRUN_MINUTES,
            Kpi.LABOR_COST);

    /** The judgement. */
    public enum Outcome {
        /** Less waiting and lower cost, both intervals below 0. */
        LESS_WAITING_AND_LOWER_COST("less waiting at lower cost"),
        /** Less waiting, cost not clearly higher. */
        LESS_WAITING("less waiting at no more cost"),
        /** Lower cost, waiting not clearly longer. */
        LOWER_COST("lower cost at no more waiting"),
        /** A trade: one better, the other clearly worse. */
        TRADE_OFF("a trade-off: one better, the other worse"),
        /** Neither clearly better. */
        NO_CLEAR_IMPROVEMENT("no clear improvement");

        private final String words;

        Outcome(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        /** True when the optimized roster is better on one and no worse on the other. */
        public boolean improves() {
            return this == LESS_WAITING_AND_LOWER_COST || this == LESS_WAITING || this == LOWER_COST;
        }
    }

    /** The verdict on scenario 1 of {@code comparison} (optimized) against scenario 0 (baseline). */
    public static RosterVerdict of(Comparison comparison) {
        return of(comparison, 1);
    }

    /** The verdict on scenario {@code i} of {@code comparison} against scenario 0 (baseline). */
    public static RosterVerdict of(Comparison comparison, int i) {
        Estimate wait = comparison.difference(i, WAIT);
        Estimate cost = comparison.difference(i, COST);
        boolean lessWaiting = below(wait);
        boolean lowerCost = below(cost);
        boolean moreWaiting = above(wait);
        boolean higherCost = above(cost);
        Outcome outcome;
        if (lessWaiting && lowerCost) {
            outcome = Outcome.LESS_WAITING_AND_LOWER_COST;
        } else if (lessWaiting && !higherCost) {
            outcome = Outcome.LESS_WAITING;
        } else if (lowerCost && !moreWaiting) {
            outcome = Outcome.LOWER_COST;
        } else if (lessWaiting || lowerCost) {
            outcome = Outcome.TRADE_OFF;
        } else {
            outcome = Outcome.NO_CLEAR_IMPROVEMENT;
        }
        return new RosterVerdict(outcome, wait, cost, ComparisonVerdict.sentence(comparison, i, SPOKEN));
    }

    private static boolean below(Estimate d) {
        return ComparisonVerdict.reading(d) == ComparisonVerdict.Reading.CHANGED && d.upper() < 0;
    }

    private static boolean above(Estimate d) {
        return ComparisonVerdict.reading(d) == ComparisonVerdict.Reading.CHANGED && d.lower() > 0;
    }

    /**
     * "Verdict: less waiting at lower cost (judged on the wait past the appointment and labor cost). In detail,
     * optimized cuts ... ." The headline names what it judged, so a wait that rose elsewhere in the detail (the
     * waiting room also counts minutes patients chose to come early) does not read as a contradiction.
     */
    public String describe() {
        return "Verdict: " + outcome.words() + " (judged on the wait past the appointment and labor cost). In detail, "
                + sentence;
    }
}
