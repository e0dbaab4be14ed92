package org.clinicflow.scenarios.batch;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How one scenario of a batch ended: its name and source, the clinic it describes (name and practice type, empty when
 * it could not be read), the status and, unless ok, the message; the replications run, the currency, when it finished
 * and how long it took; its headline figures by summary column; its files by label ({@code report} and the rest),
 * relative to the batch folder; and whether these are the results of an earlier run, reused.
 */
public record ScenarioOutcome(String scenario, String source, String clinic, String practiceType, BatchStatus status,
                              String message, int replications, String currency, String finished, double seconds,
                              Map<String, SummaryFigure> figures, Map<String, String> files, boolean reused) {
    public ScenarioOutcome {
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The same outcome, read back from an earlier run. */
    public ScenarioOutcome asReused() {
        return new ScenarioOutcome(scenario, source, clinic, practiceType, status, message, replications, currency,
                finished, seconds, figures, files, true);
    }
}
