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

    /** How many scenarios' optimized rosters leave a station below its minimum staff (or break a hard rule). */
    public long optimizedNotFullyStaffed() {
        return outcomes.stream().filter(o -> o.optimizedRoster().map(r -> !r.fullyStaffed()).orElse(false)).count();
    }

    /** How many scenarios have an optimized roster. */
    public long optimized() {
        return outcomes.stream().filter(o -> o.optimizedRoster().isPresent()).count();
    }

    /** How many scenarios' optimized rosters improve on the baseline (better on one, no worse on the other). */
    public long optimizedImproving() {
        return outcomes.stream().filter(o -> o.optimizedRoster().map(OptimizedRoster::improves).orElse(false))
                .count();
    }

    /** How many scenarios reused an earlier run's results. */
    public long reused() {
        return outcomes.stream().filter(ScenarioOutcome::reused).count();
    }
}
