package org.clinicflow.scenarios.batch;

import java.util.Locale;

/** How a scenario of a batch ended. */
public enum BatchStatus {
    /** Simulated, every file written. */
    OK,
    /** The scenario file (or an override) needs fixing: the message names the file, line, field and what is allowed. */
    BAD_INPUT,
    /** The run failed (an internal error, or a file could not be written). */
    FAILED;

    /** The word in summaries: ok, bad-input, failed. */
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
