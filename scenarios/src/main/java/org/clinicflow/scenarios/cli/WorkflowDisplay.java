package org.clinicflow.scenarios.cli;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import org.clinicflow.optimizer.domain.TimeText;
import org.clinicflow.optimizer.solver.ProgressListener;
import org.clinicflow.scenarios.cli.progress.Progress;
import org.clinicflow.scenarios.cli.progress.ProgressDisplay;
import org.clinicflow.scenarios.cli.progress.ProgressStatus;
import org.clinicflow.scenarios.optimize.WorkflowProgress;
import org.clinicflow.scenarios.optimize.WorkflowStage;

/**
 * Shows an optimize or cover workflow as it runs: a line on the console as each stage starts, a progress bar for
 * the stages that simulate (replications), and while solving a status line with the best score so far. Bars and
 * status go to the progress display (stderr, terminals only); the stage lines always go to the console.
 */
final class WorkflowDisplay implements WorkflowProgress {
    private final PrintWriter console;
    private final ProgressDisplay display;
    private Progress bar = Progress.NONE;
    private ProgressStatus status = ProgressStatus.NONE;

    WorkflowDisplay(PrintWriter console, ProgressDisplay display) {
        this.console = console;
        this.display = display;
    }

    @Override
    public void stageStarted(WorkflowStage stage, int units, String detail) {
        String what = stage.label().toLowerCase(Locale.ROOT);
        console.println("  " + what + (detail.isEmpty() ? "" : " (" + detail + ")") + "...");
        console.flush();
        if (units > 0) {
            bar = display.start(stage.label(), units, "replications");
        } else if (stage == WorkflowStage.SOLVING) {
            status = display.status(stage.label());
        }
    }

    @Override
    public void unitsDone(int done) {
        bar.stepTo(done);
    }

    @Override
    public ProgressListener solver() {
        return this::newBestScore;
    }

    /** "best: 0 hard, 0 medium, soft -$8,371.61" — the solver's current best, on the status line. */
    private void newBestScore(HardMediumSoftLongScore score, Duration elapsed) {
        status.update(String.format(Locale.ROOT, "best: %d hard, %d medium, soft %s", score.hardScore(),
                score.mediumScore(), TimeText.dollars(score.softScore())));
    }

    @Override
    public void stageFinished(WorkflowStage stage) {
        bar.close();
        status.close();
        bar = Progress.NONE;
        status = ProgressStatus.NONE;
    }
}
