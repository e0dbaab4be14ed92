package org.clinicflow.scenarios.optimize;

import java.util.Map;
import java.util.TreeMap;
import org.clinicflow.optimizer.waiting.WaitingCalibration;

/**
 * Learns the waiting tables' correction from simulated rosters. Per station it pools every roster simulated so far
 * into one ratio estimate: factor = (sum of simulated MA-task waiting) / (sum of what the uncalibrated tables
 * predicted for those rosters). Pooling weighs each roster by its waiting, keeps the estimate steady as rosters
 * change (a ratio from the last roster alone can swing the solver back and forth), and becomes exact when the tables
 * are off by a constant factor. A station whose tables predict under a patient-minute a day per roster keeps its
 * table: too little to estimate from. Factors are kept within 1/20 and 20.
 */
final class WaitingCalibrator {
    /** Least predicted waiting per roster, in patient-minutes a day, for a station's ratio to be estimated. */
    static final double MIN_PREDICTED_PER_DAY = 1.0;
    static final double MIN_FACTOR = 0.05;
    static final double MAX_FACTOR = 20;

    private final Map<String, double[]> sums = new TreeMap<>();
    private int rosters;

    /** One roster's uncalibrated prediction and its simulated waiting (both per day). */
    void add(StationMinutes predictedRaw, StationMinutes simulated) {
        rosters++;
        for (String station : predictedRaw.byStation().keySet()) {
            double[] s = sums.computeIfAbsent(station, k -> new double[2]);
            s[0] += simulated.of(station);
            s[1] += predictedRaw.of(station);
        }
    }

    /** The correction learned so far. */
    WaitingCalibration calibration() {
        Map<String, Double> factors = new TreeMap<>();
        sums.forEach((station, s) -> {
            if (s[1] >= MIN_PREDICTED_PER_DAY * rosters) {
                factors.put(station, Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, s[0] / s[1])));
            }
        });
        return new WaitingCalibration(factors);
    }
}
