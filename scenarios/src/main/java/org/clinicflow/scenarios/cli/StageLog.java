package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import org.clinicflow.scenarios.optimize.WorkflowProgress;
import org.clinicflow.scenarios.optimize.WorkflowStage;

/** Prints a line as each stage of a workflow starts ("  solving (iteration 1 of 3)..."), so a long run is not mute. */
final class StageLog implements WorkflowProgress {
    private final PrintWriter out;

    StageLog(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void stageStarted(WorkflowStage stage, int units, String detail) {
        String what = stage.label().toLowerCase(java.util.Locale.ROOT);
        out.println("  " + what + (detail.isEmpty() ? "" : " (" + detail + ")") + "...");
        out.flush();
    }
}
