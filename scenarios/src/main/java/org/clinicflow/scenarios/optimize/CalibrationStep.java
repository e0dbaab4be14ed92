package org.clinicflow.scenarios.optimize;

import org.clinicflow.optimizer.solver.RosterResult;
import org.clinicflow.optimizer.waiting.WaitingCalibration;

/**
 * One turn of the calibration loop: the tables' correction the solver used, the roster it found, what the tables
 * predicted for it (as corrected, and as first computed) and what the simulator measured, each in patient-minutes of
 * MA-task waiting per day, and the simulated roster with its cost-plus-waiting objective.
 */
public record CalibrationStep(int iteration, WaitingCalibration calibration, RosterResult result,
                              StationMinutes predicted, StationMinutes predictedRaw, SimulatedRoster simulated,
                              double objective) {

    /** Simulated over predicted MA-task waiting: 1 when the corrected tables are right. */
    public double ratio() {
        double p = predicted.total();
        return p > 0 ? simulated.taskWaits().total() / p : Double.NaN;
    }
}
