package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;

/**
 * Lets the construction heuristic fill only the first positions of each station, day and template: as many as the
 * station's minimum staff, at least one. They cover the minimum staffing; the extra slots (more hands at peaks) are
 * left to local search, which cuts the construction's work to a third on the benchmark clinic with the same result:
 * most extra slots stay empty anyway, after every MA was tried on them.
 */
public class FirstSlotFilter implements SelectionFilter<RosterPlan, ShiftPosition> {
    @Override
    public boolean accept(ScoreDirector<RosterPlan> scoreDirector, ShiftPosition position) {
        return position.slot() < Math.max(1, position.station().minStaff());
    }
}
