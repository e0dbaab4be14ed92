package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.Duration;
import java.util.List;

/**
 * How a solve went: time spent, score calculations per second, when the best roster first broke no hard rule and
 * left no staffing gap (null if never), and every new best score with its time.
 */
public record SolveStatistics(Duration spent, long scoreCalculationsPerSecond, long moveEvaluations,
                              Duration timeToNoHardOrMedium, List<ScorePoint> bestScores) {
    public SolveStatistics {
        bestScores = List.copyOf(bestScores);
    }

    /** A new best score at a moment of the solve. */
    public record ScorePoint(long millis, HardMediumSoftLongScore score) {
    }

    /** The best score reached by {@code millis} into the solve (null if none yet). */
    public HardMediumSoftLongScore bestScoreAt(long millis) {
        HardMediumSoftLongScore best = null;
        for (ScorePoint point : bestScores) {
            if (point.millis() <= millis) {
                best = point.score();
            }
        }
        return best;
    }
}
