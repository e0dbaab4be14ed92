package org.clinicflow.scenarios.batch;

/** Hears a batch as it goes, to show progress: each scenario's start and end, and replications as they finish. */
public interface BatchListener {
    /** Hears nothing. */
    BatchListener NONE = new BatchListener() {
        @Override
        public void started(int index, int total, BatchInput input) {
        }

        @Override
        public void stepStarted(BatchStep step) {
        }

        @Override
        public void replications(int done) {
        }

        @Override
        public void finished(int index, int total, ScenarioOutcome outcome) {
        }
    };

    /** Scenario {@code index} (from 0) of {@code total} starts (or is checked for earlier results). */
    void started(int index, int total, BatchInput input);

    /** A step of the current scenario starts (not told for a scenario reused or unreadable). */
    void stepStarted(BatchStep step);

    /** Replications of the current scenario's current step finished so far (from any thread). */
    void replications(int done);

    /** Scenario {@code index} has ended: ran, reused, or failed. */
    void finished(int index, int total, ScenarioOutcome outcome);
}
