package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import java.time.Duration;
import org.clinicflow.optimizer.domain.Prices;
import org.clinicflow.optimizer.waiting.SippWaitingModel;
import org.clinicflow.simulator.ModelInputException;

/**
 * How to optimize: the soft prices, the labor rules the clinic does not carry (minimum rest, maximum consecutive
 * days), the waiting model's utilization cap, and the solver's limits on improving its first complete roster: a time
 * limit, a limit on time without improvement, the random seed, and optionally a move-count limit that makes runs
 * repeatable on any machine (time limits depend on machine speed, so two time-limited runs can differ).
 */
public record OptimizerSettings(Prices prices, int minRestHours, int maxConsecutiveDays, double waitingUtilizationCap,
                                Duration timeLimit, Duration unimprovedTimeLimit, long randomSeed,
                                Long moveCountLimit, EnvironmentMode environmentMode) {

    public OptimizerSettings {
        if (minRestHours < 0 || minRestHours > 24) {
            throw new ModelInputException("min rest hours", "must be between 0 and 24, got " + minRestHours);
        }
        if (maxConsecutiveDays < 1) {
            throw new ModelInputException("max consecutive days", "must be at least 1, got " + maxConsecutiveDays);
        }
        if (timeLimit.isNegative() || timeLimit.isZero()) {
            throw new ModelInputException("time limit", "must be positive, got " + timeLimit);
        }
        if (unimprovedTimeLimit.isNegative() || unimprovedTimeLimit.isZero()) {
            throw new ModelInputException("unimproved time limit", "must be positive, got " + unimprovedTimeLimit);
        }
        if (moveCountLimit != null && moveCountLimit < 1) {
            throw new ModelInputException("move count limit", "must be at least 1, got " + moveCountLimit);
        }
    }

    /**
     * Default prices, 10 hours of rest, at most 6 days in a row, a 60 s limit and 20 s without improvement, seed 0,
     * Timefold's NO_ASSERT mode (reproducible, without checks).
     */
    public static OptimizerSettings defaults() {
        return new OptimizerSettings(Prices.defaults(), 10, 6, SippWaitingModel.DEFAULT_UTILIZATION_CAP,
                Duration.ofSeconds(60), Duration.ofSeconds(20), 0L, null, EnvironmentMode.NO_ASSERT);
    }

    public OptimizerSettings withPrices(Prices newPrices) {
        return new OptimizerSettings(newPrices, minRestHours, maxConsecutiveDays, waitingUtilizationCap, timeLimit,
                unimprovedTimeLimit, randomSeed, moveCountLimit, environmentMode);
    }

    public OptimizerSettings withLimits(Duration newTimeLimit, Duration newUnimprovedTimeLimit) {
        return new OptimizerSettings(prices, minRestHours, maxConsecutiveDays, waitingUtilizationCap, newTimeLimit,
                newUnimprovedTimeLimit, randomSeed, moveCountLimit, environmentMode);
    }

    public OptimizerSettings withRandomSeed(long seed) {
        return new OptimizerSettings(prices, minRestHours, maxConsecutiveDays, waitingUtilizationCap, timeLimit,
                unimprovedTimeLimit, seed, moveCountLimit, environmentMode);
    }

    /** Stops after {@code moves} evaluated moves (and never on time): the same seed then gives the same roster. */
    public OptimizerSettings withMoveCountLimit(Long moves) {
        return new OptimizerSettings(prices, minRestHours, maxConsecutiveDays, waitingUtilizationCap, timeLimit,
                unimprovedTimeLimit, randomSeed, moves, environmentMode);
    }

    public OptimizerSettings withRules(int newMinRestHours, int newMaxConsecutiveDays) {
        return new OptimizerSettings(prices, newMinRestHours, newMaxConsecutiveDays, waitingUtilizationCap, timeLimit,
                unimprovedTimeLimit, randomSeed, moveCountLimit, environmentMode);
    }

    public OptimizerSettings withEnvironmentMode(EnvironmentMode mode) {
        return new OptimizerSettings(prices, minRestHours, maxConsecutiveDays, waitingUtilizationCap, timeLimit,
                unimprovedTimeLimit, randomSeed, moveCountLimit, mode);
    }
}
