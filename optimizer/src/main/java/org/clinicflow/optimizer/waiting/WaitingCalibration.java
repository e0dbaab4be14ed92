package org.clinicflow.optimizer.waiting;

import java.util.Map;
import java.util.TreeMap;
import org.clinicflow.simulator.ModelInputException;

/**
 * Corrections of the waiting tables measured by simulation: per station, a factor by which the SIPP curve's
 * patient-minutes are multiplied (simulated MA-task waiting divided by what the table predicted for the roster
 * simulated). Stations without a factor keep the table as computed. A positive factor keeps each curve decreasing and
 * convex, so the solver's trade-offs keep their shape; only their level moves.
 */
public record WaitingCalibration(Map<String, Double> stationFactors) {
    /** No correction: the tables as the SIPP approximation computes them. */
    public static final WaitingCalibration NONE = new WaitingCalibration(Map.of());

    public WaitingCalibration {
        for (Map.Entry<String, Double> e : stationFactors.entrySet()) {
            double f = e.getValue();
            if (!(f > 0) || Double.isInfinite(f)) {
                throw new ModelInputException("waiting calibration",
                        "station " + e.getKey() + " needs a finite factor above 0, got " + f);
            }
        }
        stationFactors = Map.copyOf(new TreeMap<>(stationFactors));
    }

    /** The factor of a station (1 when it has none). */
    public double factor(String stationId) {
        return stationFactors.getOrDefault(stationId, 1.0);
    }

    /** The curve of a bucket of {@code stationId}, corrected. */
    public WaitingCurve apply(String stationId, WaitingCurve curve) {
        double f = factor(stationId);
        return f == 1.0 ? curve : curve.scaled(f);
    }
}
