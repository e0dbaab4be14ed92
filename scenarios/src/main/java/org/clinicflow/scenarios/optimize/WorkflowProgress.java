package org.clinicflow.scenarios.optimize;

import java.util.function.IntConsumer;
import org.clinicflow.optimizer.solver.ProgressListener;

/**
 * Hooks for showing how a workflow advances (a progress bar, a log). Every method has a no-op default; calls come from
 * the workflow's thread except {@link #unitsDone}, which replications report from their own threads.
 */
public interface WorkflowProgress {
    /** Shows nothing. */
    WorkflowProgress NONE = new WorkflowProgress() {
    };

    /**
     * A stage starts; it will report {@code units} units through {@link #unitsDone} (0 for a stage without units,
     * such as solving). {@code detail} says which (e.g. "iteration 2 of 3"), or is empty.
     */
    default void stageStarted(WorkflowStage stage, int units, String detail) {
    }

    /** Units of the current stage finished so far (replications), from any thread. */
    default void unitsDone(int done) {
    }

    /** Told of every new best score while the solver runs (on the solver's thread: keep it quick). */
    default ProgressListener solver() {
        return ProgressListener.NONE;
    }

    /** The current stage has ended. */
    default void stageFinished(WorkflowStage stage) {
    }

    /** Progress told to the solver's listener and, for replications finished in each stage, to {@code replications}. */
    static WorkflowProgress of(ProgressListener solver, IntConsumer replications) {
        return new WorkflowProgress() {
            @Override
            public void unitsDone(int done) {
                replications.accept(done);
            }

            @Override
            public ProgressListener solver() {
                return solver;
            }
        };
    }
}
