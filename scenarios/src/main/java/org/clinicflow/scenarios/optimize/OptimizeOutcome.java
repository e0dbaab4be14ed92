package org.clinicflow.scenarios.optimize;

import java.util.List;
import org.clinicflow.optimizer.explain.RosterExplanation;
import org.clinicflow.optimizer.solver.RosterResult;
import org.clinicflow.optimizer.waiting.WaitingCalibration;
import org.clinicflow.scenarios.experiment.Comparison;
import org.clinicflow.simulator.clinic.Roster;

/**
 * Everything the optimize workflow found: the workload it priced, the roster it chose (with the solver's score and
 * explanation) and the table correction it was solved with, each calibration step (empty without calibration), the
 * baseline roster scored by the same tables, the validation — baseline and optimized simulated on common random
 * numbers, with what the tables predicted for each — and the verdict.
 */
public record OptimizeOutcome(OptimizeRequest request, MeasuredWorkload workload, RosterResult result,
                              WaitingCalibration calibration, List<CalibrationStep> calibrationSteps,
                              int chosenStep, RosterExplanation baselineExplanation, SimulatedRoster baseline,
                              SimulatedRoster optimized, StationMinutes baselinePredicted,
                              StationMinutes optimizedPredicted, Comparison comparison, RosterVerdict verdict) {
    public OptimizeOutcome {
        calibrationSteps = List.copyOf(calibrationSteps);
    }

    /** The optimized roster: {@code request.weeks()} weeks from the clinic's start date, repeating. */
    public Roster roster() {
        return result.roster();
    }

    public RosterExplanation explanation() {
        return result.explanation();
    }

    /** True when no hard rule is broken and every station has its minimum staff while providers see patients. */
    public boolean fullyStaffed() {
        return result.fullyStaffed();
    }
}
