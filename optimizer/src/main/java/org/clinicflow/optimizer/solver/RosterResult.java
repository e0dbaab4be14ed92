package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.explain.RosterExplanation;
import org.clinicflow.simulator.clinic.Roster;

/** A solved roster: the plan with its positions filled, the simulator's roster, the score, the explanation, stats. */
public record RosterResult(RosterPlan plan, Roster roster, HardMediumSoftLongScore score,
                           RosterExplanation explanation, SolveStatistics statistics) {

    /** True when no hard rule is broken and every open station has its minimum staff. */
    public boolean fullyStaffed() {
        return score.hardScore() == 0 && score.mediumScore() == 0;
    }
}
