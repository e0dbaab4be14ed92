package org.clinicflow.optimizer.domain;

import ai.timefold.solver.core.api.score.stream.uni.UniConstraintCollector;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects one MA's shifts into the number of working days beyond the maximum run of consecutive days (a run of
 * L days adds L - max). Kept incrementally: adding or removing a day only re-measures the run around it, which is
 * much cheaper than rebuilding sequences on every move.
 */
public final class ConsecutiveDaysCollector
        implements UniConstraintCollector<ShiftPosition, ConsecutiveDaysCollector.Container, Integer> {
    /** The one instance. */
    public static final ConsecutiveDaysCollector INSTANCE = new ConsecutiveDaysCollector();

    private ConsecutiveDaysCollector() {
    }

    /** One MA's worked days (shifts per day, as a shift may be doubled by mistake) and the excess so far. */
    public static final class Container {
        private final Map<Integer, Integer> shiftsPerDay = new HashMap<>();
        private int maxRun = Integer.MAX_VALUE;
        private int excess;

        Runnable add(ShiftPosition position) {
            maxRun = position.rules().maxConsecutiveDays();
            int day = position.day();
            if (shiftsPerDay.merge(day, 1, Integer::sum) == 1) {
                excess += beyond(runLength(day)) - beyond(runLength(day - 1, -1)) - beyond(runLength(day + 1, 1));
            }
            return () -> remove(day);
        }

        private void remove(int day) {
            if (shiftsPerDay.merge(day, -1, Integer::sum) == 0) {
                shiftsPerDay.remove(day);
                excess += beyond(runLength(day - 1, -1)) + beyond(runLength(day + 1, 1)) - beyond(
                        runLength(day - 1, -1) + 1 + runLength(day + 1, 1));
            }
        }

        /** The run of worked days through {@code day}. */
        private int runLength(int day) {
            return runLength(day - 1, -1) + 1 + runLength(day + 1, 1);
        }

        /** Worked days in a row from {@code from} going in {@code step} (0 if {@code from} is off). */
        private int runLength(int from, int step) {
            int n = 0;
            for (int d = from; shiftsPerDay.containsKey(d); d += step) {
                n++;
            }
            return n;
        }

        private int beyond(int run) {
            return Math.max(0, run - maxRun);
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
    public Function<Container, Integer> finisher() {
        return c -> c.excess;
    }
}
