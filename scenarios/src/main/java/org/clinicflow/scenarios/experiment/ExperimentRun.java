package org.clinicflow.scenarios.experiment;

import java.util.List;
import java.util.Optional;

/**
 * The results of one or more clinics run on the same replications, in the order given, and how the number of
 * replications was reached when it was chosen by a precision target (empty for a fixed number).
 */
public record ExperimentRun(List<ClinicResults> results, Optional<PrecisionOutcome> precision) {
    public ExperimentRun {
        results = List.copyOf(results);
    }

    /** The number of replications every clinic ran. */
    public int replications() {
        return results.get(0).plan().replications();
    }
}
