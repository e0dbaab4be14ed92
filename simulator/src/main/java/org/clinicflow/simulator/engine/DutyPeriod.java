package org.clinicflow.simulator.engine;

import static org.clinicflow.simulator.ModelInputException.requireNonNegative;

import java.util.Comparator;
import java.util.List;
import org.clinicflow.simulator.ModelInputException;

/** One stretch of duty [start, end) in minutes, with the breaks planned inside it. */
public record DutyPeriod(double start, double end, List<DutyBreak> breaks) {
    public DutyPeriod {
        requireNonNegative("shift start", start);
        if (!(end > start) || Double.isInfinite(end)) {
            throw new ModelInputException("shift end", "must be after the shift start " + start + ", got " + end);
        }
        breaks = breaks.stream().sorted(Comparator.comparingDouble(DutyBreak::start)).toList();
        for (DutyBreak b : breaks) {
            if (b.start() < start || b.start() >= end) {
                throw new ModelInputException("break start",
                        "must fall inside its shift [" + start + ", " + end + "), got " + b.start());
            }
        }
    }

    public DutyPeriod(double start, double end) {
        this(start, end, List.of());
    }

    public double length() {
        return end - start;
    }
}
