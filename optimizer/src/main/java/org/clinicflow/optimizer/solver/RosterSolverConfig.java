package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import ai.timefold.solver.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import ai.timefold.solver.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;

/**
 * The solver configuration: a FIRST_FIT construction heuristic (each position in turn gets its best MA or stays
 * empty), then late acceptance local search over change and swap moves. Termination: the time limit and the
 * unimproved-time limit, or, for repeatable runs, only a move-count limit.
 */
public final class RosterSolverConfig {
    static final int ENTITY_TABU_SIZE = 7;
    static final int ACCEPTED_COUNT_LIMIT = 50;

    private RosterSolverConfig() {
    }

    public static SolverConfig of(OptimizerSettings settings) {
        TerminationConfig termination = settings.moveCountLimit() != null
                ? new TerminationConfig().withMoveCountLimit(settings.moveCountLimit())
                : new TerminationConfig().withSpentLimit(settings.timeLimit())
                        .withUnimprovedSpentLimit(settings.unimprovedTimeLimit());
        return new SolverConfig()
                .withSolutionClass(RosterPlan.class)
                .withEntityClasses(ShiftPosition.class)
                .withConstraintProviderClass(RosterConstraintProvider.class)
                .withEnvironmentMode(settings.environmentMode())
                .withRandomSeed(settings.randomSeed())
                .withTerminationConfig(termination)
                .withPhases(new ConstructionHeuristicPhaseConfig()
                                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING),
                        localSearch());
    }

    private static LocalSearchPhaseConfig localSearch() {
        UnionMoveSelectorConfig moves = new UnionMoveSelectorConfig().withMoveSelectors(
                new ChangeMoveSelectorConfig(),
                new SwapMoveSelectorConfig().withFilterClass(SameDaySwapFilter.class));
        return new LocalSearchPhaseConfig()
                .withMoveSelectorConfig(moves)
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(ENTITY_TABU_SIZE))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(ACCEPTED_COUNT_LIMIT));
    }
}
