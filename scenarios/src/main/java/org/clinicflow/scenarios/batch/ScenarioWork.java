package org.clinicflow.scenarios.batch;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.experiment.PrecisionTarget;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/**
 * One scenario as the steps of a batch work on it: the scenario and its clinic (overrides applied), the folder for its
 * files, the batch's settings, where to report replications done, and what the steps have produced so far: the
 * baseline results, the headline figures and the files.
 */
public final class ScenarioWork {
    private final BatchInput input;
    private final Clinic clinic;
    private final Path dir;
    private final BatchSettings settings;
    private final IntConsumer progress;
    private final Map<String, SummaryFigure> figures = new LinkedHashMap<>();
    private final Map<String, Path> files = new LinkedHashMap<>();
    private ClinicResults baseline;
    private OptimizedRoster optimized;

    ScenarioWork(BatchInput input, Clinic clinic, Path dir, BatchSettings settings, IntConsumer progress) {
        this.input = input;
        this.clinic = clinic;
        this.dir = dir;
        this.settings = settings;
        this.progress = progress;
    }

    /** The scenario's name in the batch (also its folder's). */
    public String name() {
        return input.name();
    }

    /** How messages and reports name the scenario: the file, or {@code NAME (built-in)}. */
    public String source() {
        return input.source();
    }

    /** The clinic, with the batch's overrides applied. */
    public Clinic clinic() {
        return clinic;
    }

    /** The scenario's folder: every file of its steps goes here. */
    public Path dir() {
        return dir;
    }

    public ExperimentPlan plan() {
        return settings.plan();
    }

    /** The precision target when replications are {@code auto}. */
    public Optional<PrecisionTarget> precision() {
        return settings.precision();
    }

    /** Hears the replications finished in the current step, counting from 0 in each step. */
    public IntConsumer progress() {
        return progress;
    }

    /** The baseline roster's results, once {@link BaselineStep} has run. */
    public Optional<ClinicResults> baseline() {
        return Optional.ofNullable(baseline);
    }

    void baseline(ClinicResults results) {
        this.baseline = results;
    }

    /** What {@link OptimizeStep} found about the optimized roster, once it has run. */
    public Optional<OptimizedRoster> optimized() {
        return Optional.ofNullable(optimized);
    }

    void optimized(OptimizedRoster roster) {
        this.optimized = roster;
    }

    /** Adds a headline figure under a summary column (the KPI's key for the baseline; a step's prefix for others). */
    public void figure(String column, Kpi kpi, Estimate estimate) {
        figures.put(column, SummaryFigure.of(kpi, estimate));
    }

    /** Records a file the scenario produced, under a label ({@code report}, {@code kpis}, ...). */
    public void file(String label, Path file) {
        files.put(label, file);
    }

    Map<String, SummaryFigure> figures() {
        return figures;
    }

    Map<String, Path> files() {
        return files;
    }
}
