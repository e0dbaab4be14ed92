package org.clinicflow.scenarios.batch;

/**
 * One piece of work a batch does on each scenario, in order: simulate the baseline roster and write its report
 * ({@link BaselineStep}), and later steps such as optimizing a roster and proving it. A step reads the scenario and the
 * earlier steps' results from the {@link ScenarioWork}, writes its files (atomically) under the scenario's folder, and
 * adds its headline figures and files to the work, from where the summary, the index and the completion marker take
 * them. A step that throws fails the scenario; the batch goes on with the next one.
 */
public interface BatchStep {
    /** A short name for messages ("baseline", "optimize"). */
    String name();

    /**
     * What about this step changes its results or files, as text (its options, the version of its outputs): part of
     * the fingerprint that decides whether an earlier run's results can be reused.
     */
    String fingerprint();

    /** Does the step's work on one scenario. */
    void run(ScenarioWork work);
}
