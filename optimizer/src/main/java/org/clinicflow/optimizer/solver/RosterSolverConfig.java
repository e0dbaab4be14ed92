package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import ai.timefold.solver.core.config.constructionheuristic.ConstructionHeuristicType;
import ai.timefold.solver.core.config.constructionheuristic.placer.QueuedEntityPlacerConfig;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionCacheType;
import ai.timefold.solver.core.config.heuristic.selector.common.SelectionOrder;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySelectorConfig;
import ai.timefold.solver.core.config.heuristic.selector.entity.EntitySorterManner;
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
 * The solver configuration: a first-fit-decreasing construction heuristic over the first slots of each station, day
 * and template (each in turn, hardest first by {@link org.clinicflow.optimizer.domain.PositionDifficulty}, gets its best MA
 * or stays empty), then tabu search over
 * change moves and same-day swap moves. On the benchmark clinic late acceptance also reached feasibility but ended at
 * worse soft scores, and entity tabu 15 with 200 moves per step beat 7/50 and 10/100 at 60 s (docs/benchmarks.md).
 * Termination: the time limit and the unimproved-time limit, or, for repeatable runs, only a move-count limit; all of
 * them end the local search only, so the construction always finishes and every roster returned is complete.
 */
public final class RosterSolverConfig {
    /** Positions kept from moving again for this many steps. */
    static final int ENTITY_TABU_SIZE = 15;
    /** Moves evaluated per step; the best of them is taken. */
    static final int ACCEPTED_COUNT_LIMIT = 200;

    private static final String PLACED_POSITION = "placedPosition";

    private RosterSolverConfig() {
    }

    public static SolverConfig of(OptimizerSettings settings) {
        // The limits sit on the local search, not the solver: a solver-level limit also cuts the construction short,
        // and a half-built roster (most positions never tried) would be published as the answer.
        return base(settings)
                .withPhases(firstSlotsConstruction(), localSearch().withTerminationConfig(limits(settings)));
    }

    /**
     * When the local search stops. A time limit counts from the end of the construction; a move-count limit counts
     * every move evaluated, the construction's included (Timefold counts moves per solver), so a construction that
     * needs more moves than the limit is followed by no local search.
     */
    private static TerminationConfig limits(OptimizerSettings settings) {
        return settings.moveCountLimit() != null
                ? new TerminationConfig().withMoveCountLimit(settings.moveCountLimit())
                : new TerminationConfig().withSpentLimit(settings.timeLimit())
                        .withUnimprovedSpentLimit(settings.unimprovedTimeLimit());
    }

    /**
     * The configuration for score analysis and recommendations: the plain FIRST_FIT_DECREASING construction, which
     * places any position (recommendations run the configuration's construction heuristic on the one position asked
     * about, and the solving configuration's construction only takes first slots).
     */
    public static SolverConfig forAnalysis(OptimizerSettings settings) {
        return base(settings).withPhases(new ConstructionHeuristicPhaseConfig()
                .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING));
    }

    private static SolverConfig base(OptimizerSettings settings) {
        return new SolverConfig()
                .withSolutionClass(RosterPlan.class)
                .withEntityClasses(ShiftPosition.class)
                .withConstraintProviderClass(RosterConstraintProvider.class)
                .withEnvironmentMode(settings.environmentMode())
                .withRandomSeed(settings.randomSeed());
    }

    /** First-fit-decreasing over the first slots of each station, day and template (see {@link FirstSlotFilter}). */
    private static ConstructionHeuristicPhaseConfig firstSlotsConstruction() {
        EntitySelectorConfig positions = new EntitySelectorConfig()
                .withId(PLACED_POSITION)
                .withEntityClass(ShiftPosition.class)
                .withCacheType(SelectionCacheType.PHASE)
                .withSelectionOrder(SelectionOrder.SORTED)
                .withSorterManner(EntitySorterManner.DESCENDING)
                .withFilterClass(FirstSlotFilter.class);
        ChangeMoveSelectorConfig assignments = new ChangeMoveSelectorConfig()
                .withEntitySelectorConfig(new EntitySelectorConfig().withMimicSelectorRef(PLACED_POSITION));
        return new ConstructionHeuristicPhaseConfig().withEntityPlacerConfig(
                new QueuedEntityPlacerConfig().withEntitySelectorConfig(positions).withMoveSelectorConfigs(assignments));
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
