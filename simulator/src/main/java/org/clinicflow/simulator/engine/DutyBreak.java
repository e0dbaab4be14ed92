package org.clinicflow.simulator.engine;

import static org.clinicflow.simulator.ModelInputException.requireNonNegative;
import static org.clinicflow.simulator.ModelInputException.requirePositive;

/**
 * A break planned at {@code start} for {@code duration} minutes. A server busy at the planned start takes the whole
 * break as soon as it finishes its task.
 */
public record DutyBreak(double start, double duration) {
    public DutyBreak {
        requireNonNegative("break start", start);
        requirePositive("break duration", duration);
    }
}
