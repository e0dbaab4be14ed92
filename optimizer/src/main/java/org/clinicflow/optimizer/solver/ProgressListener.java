package org.clinicflow.optimizer.solver;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.time.Duration;

/** Told of each new best score while the solver runs, on the solver's thread (keep it quick). */
@FunctionalInterface
public interface ProgressListener {
    void newBestScore(HardMediumSoftLongScore score, Duration elapsed);

    ProgressListener NONE = (score, elapsed) -> {
    };
}
