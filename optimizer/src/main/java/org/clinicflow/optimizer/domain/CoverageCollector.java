package org.clinicflow.optimizer.domain;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects the shifts of one station into its {@link Coverage}. One group per station keeps a counter per bucket, so
 * a move updates one group instead of a tuple per bucket (the staffing rules are the costliest part of the score).
 */
public final class CoverageCollector implements UniConstraintCollector<ShiftPosition, CoverageCollector.Container, Coverage> {
    /** The one instance, so the rules that use it share one node. */
    public static final CoverageCollector INSTANCE = new CoverageCollector();

    private CoverageCollector() {
    }

    /** The counter of one group, created before its first shift arrives. */
    public static final class Container {
        private CoverageCounter counter;

        Runnable add(ShiftPosition position) {
            if (counter == null) {
                counter = new CoverageCounter(position.timeline());
            }
            counter.add(position);
            return () -> counter.remove(position);
        }

        Coverage totals() {
            return counter.totals();
        }
    }

    @Override
    public Supplier<Container> supplier() {
        return Container::new;
    }

    @Override
    public BiFunction<Container, ShiftPosition, Runnable> accumulator() {
        return Container::add;
    }

    @Override
    public Function<Container, Coverage> finisher() {
        return Container::totals;
    }
}
