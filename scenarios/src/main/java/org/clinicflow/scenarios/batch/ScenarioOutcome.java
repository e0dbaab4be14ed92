package org.clinicflow.scenarios.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How one scenario of a batch ended: its name and source, the clinic it describes (name and practice type, empty when
 * it could not be read), the status and, unless ok, the message; the replications run, the currency, when it finished
 * and how long it took; its headline figures by summary column; its files by label ({@code report} and the rest),
 * relative to the batch folder; whether these are the results of an earlier run, reused; and, when the batch optimized
 * a roster for it, what it found about that roster (staffing and verdict; null otherwise).
 */
public record ScenarioOutcome(String scenario, String source, String clinic, String practiceType, BatchStatus status,
                              String message, int replications, String currency, String finished, double seconds,
                              Map<String, SummaryFigure> figures, Map<String, String> files, boolean reused,
                              OptimizedRoster optimized) {
    public ScenarioOutcome {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The same outcome, read back from an earlier run. */
    public ScenarioOutcome asReused() {
        return new ScenarioOutcome(scenario, source, clinic, practiceType, status, message, replications, currency,
                finished, seconds, figures, files, true, optimized);
    }

    /** The optimized roster's findings, when the batch optimized one for this scenario. */
    public Optional<OptimizedRoster> optimizedRoster() {
        return Optional.ofNullable(optimized);
    }
}
