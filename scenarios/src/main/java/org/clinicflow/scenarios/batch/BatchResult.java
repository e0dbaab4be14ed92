package org.clinicflow.scenarios.batch;

import java.nio.file.Path;
import java.util.List;

/** A finished batch: every scenario's outcome in order, and the summary and index it wrote. */
public record BatchResult(List<ScenarioOutcome> outcomes, Path summaryCsv, Path index) {
    public BatchResult {
        outcomes = List.copyOf(outcomes);
    }

    /** How many scenarios ended with {@code status}. */
    public long count(BatchStatus status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    /** How many scenarios reused an earlier run's results. */
    public long reused() {
        return outcomes.stream().filter(ScenarioOutcome::reused).count();
    }
}
