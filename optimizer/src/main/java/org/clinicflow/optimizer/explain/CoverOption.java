package org.clinicflow.optimizer.explain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * One answer to "who can cover?": an MA (null = leave the shift open), what assigning them changes in the score
 * (hard, medium, soft cents; 0hard/0medium means no rule is broken by it), the rules whose score moves in words, and
 * the same per rule as numbers ({@code ruleChanges}: hard, medium and soft cents each rule adds).
 */
public record CoverOption(String maId, String maName, HardMediumSoftLongScore scoreChange, List<String> effects,
                          List<ConstraintTotal> ruleChanges) {
    public CoverOption {
        effects = List.copyOf(effects);
        ruleChanges = List.copyOf(ruleChanges);
    }

    public CoverOption(String maId, String maName, HardMediumSoftLongScore scoreChange, List<String> effects) {
        this(maId, maName, scoreChange, effects, List.of());
    }

    /** The soft cents rule {@code constraintName} adds (negative: it costs more). */
    public long softCents(String constraintName) {
        return ruleChanges.stream().filter(t -> t.name().equals(constraintName)).mapToLong(ConstraintTotal::soft)
                .sum();
    }

    /** True when assigning this MA breaks no hard rule and leaves no staffing gap it could fill. */
    public boolean breaksNoRule() {
        return scoreChange.hardScore() >= 0;
    }
}
