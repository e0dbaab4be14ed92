package org.clinicflow.scenarios.optimize;

/** The stages of the optimize and cover workflows, in the order they run, for progress displays. */
public enum WorkflowStage {
    /** Simulating the baseline roster for the workload profile; units are replications. */
    MEASURING_WORKLOAD("Measuring the workload"),
    /** The solver at work; no units, new best scores come through {@link WorkflowProgress#solver()}. */
    SOLVING("Solving"),
    /** Simulating a roster of a calibration iteration; units are replications. */
    CALIBRATING("Simulating for calibration"),
    /** Simulating the baseline and the optimized roster side by side; units are clinic-replications. */
    VALIDATING("Validating by simulation"),
    /** Scoring who can cover a shift; no units. */
    RANKING_COVER("Ranking who can cover");

    private final String label;

    WorkflowStage(String label) {
        this.label = label;
    }

    /** "Measuring the workload". */
    public String label() {
        return label;
    }
}
