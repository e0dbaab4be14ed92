package org.clinicflow.scenarios.batch;

import java.util.Locale;
import org.clinicflow.scenarios.optimize.OptimizeOutcome;

/**
 * What a batch keeps of a scenario's optimized roster besides its figures: whether it is fully staffed (no hard rule
 * broken and every station at its minimum staff while providers see patients), how many stretches of the roster's
 * weeks a station is below its minimum ({@code staffingGaps}) and by how many MA-minutes in all, whether it breaks a
 * hard rule, and the verdict of its validation against the baseline ({@code verdict}: the words of
 * {@code RosterVerdict.Outcome}, such as "a trade-off: one better, the other worse"; {@code improves}: better on one
 * of waiting and cost and no worse on the other). Kept in the completion marker, so a reused scenario still says so.
 */
public record OptimizedRoster(boolean fullyStaffed, int staffingGaps, long maMinutesShort, boolean breaksHardRules,
                              String verdict, boolean improves) {

    /** What the optimize workflow found. */
    public static OptimizedRoster of(OptimizeOutcome o) {
        return new OptimizedRoster(o.fullyStaffed(), o.explanation().staffingGaps().size(),
                Math.max(0, -o.result().score().mediumScore()), o.result().score().hardScore() < 0,
                o.verdict().outcome().words(), o.verdict().outcome().improves());
    }

    /** "full", or e.g. "7 stretches short (1,420 MA-minutes)", "breaks hard rules" added when it does. */
    public String staffing() {
        if (fullyStaffed) {
            return "full";
        }
        String gaps = staffingGaps == 0 && maMinutesShort == 0 ? ""
                : stretches() + " short (" + String.format(Locale.ROOT, "%,d", maMinutesShort) + " MA-minutes)";
        return withHardRules(gaps, "; ", "not full");
    }

    /** For the console: "" when fully staffed, else e.g. "7 stretches cannot be staffed". */
    public String shortfall() {
        if (fullyStaffed) {
            return "";
        }
        return withHardRules(staffingGaps == 0 ? "" : stretches() + " cannot be staffed", ", ", "not fully staffed");
    }

    /** {@code gaps}, then "breaks hard rules" when it does; {@code neither} when there is nothing to say. */
    private String withHardRules(String gaps, String separator, String neither) {
        if (!breaksHardRules) {
            return gaps.isEmpty() ? neither : gaps;
        }
        return gaps.isEmpty() ? "breaks hard rules" : gaps + separator + "breaks hard rules";
    }

    private String stretches() {
        return staffingGaps + (staffingGaps == 1 ? " stretch" : " stretches");
    }
}
