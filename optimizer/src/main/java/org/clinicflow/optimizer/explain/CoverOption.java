package org.clinicflow.optimizer.explain;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.util.List;

/**
 * One answer to "who can cover?": an MA (null = leave the shift open), what assigning them changes in the score
 * (hard, medium, soft cents; 0hard/0medium means no rule is broken by it), and the rules whose score moves.
 */
public record CoverOption(String maId, String maName, HardMediumSoftLongScore scoreChange, List<String> effects) {
    public CoverOption {
        effects = List.copyOf(effects);
    }

    /** True when assigning this MA breaks no hard rule and leaves no staffing gap it could fill. */
    public boolean breaksNoRule() {
        return scoreChange.hardScore() >= 0;
    }
}
