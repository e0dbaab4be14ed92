package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.api.score.director.ScoreDirector;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.generic.SwapMove;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;

/**
 * Keeps swap moves between two positions of the same day with at least one MA: moving an MA to another station or
 * shift template that day, or trading two MAs' shifts. Swaps across days rarely help (they break rest and weekly
 * hours) and random pairs are mostly on different days, so filtering focuses the search. Timefold 1.x's open-source
 * edition has no nearby selection, which would do this more generally.
 */
public class SameDaySwapFilter implements SelectionFilter<RosterPlan, SwapMove<RosterPlan>> {
    @Override
    public boolean accept(ScoreDirector<RosterPlan> scoreDirector, SwapMove<RosterPlan> move) {
        ShiftPosition left = (ShiftPosition) move.getLeftEntity();
        ShiftPosition right = (ShiftPosition) move.getRightEntity();
        return left.day() == right.day() && (left.getMa() != null || right.getMa() != null);
    }
}
