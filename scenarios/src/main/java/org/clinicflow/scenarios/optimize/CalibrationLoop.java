package org.clinicflow.scenarios.optimize;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.optimizer.plan.RosterProblem;
import org.clinicflow.optimizer.solver.RosterOptimizer;
import org.clinicflow.optimizer.solver.RosterResult;
import org.clinicflow.optimizer.waiting.WaitingCalibration;
import org.clinicflow.scenarios.experiment.ExperimentPlan;

/**
 * Simulation-optimization: solve, simulate the roster, correct the waiting tables by what the simulator measured
 * ({@link WaitingCalibrator}), solve again — {@code iterations} corrections, so iterations + 1 rosters — and keep
 * the roster whose simulated labor cost plus priced waiting is smallest. Every roster is simulated on the same
 * replications of the calibration seed (common random numbers), apart from the validation's, so choosing the best
 * does not flatter it in the validation.
 */
final class CalibrationLoop {
    private CalibrationLoop() {
    }

    /** The steps in order; the best is the one with the smallest objective. */
    static List<CalibrationStep> run(RosterOptimizer optimizer, RosterProblem problem, OptimizeRequest request,
                                     WorkflowProgress progress) {
        ExperimentPlan plan = request.calibrationPlan();
        WaitingCalibrator calibrator = new WaitingCalibrator();
        WaitingCalibration calibration = WaitingCalibration.NONE;
        List<CalibrationStep> steps = new ArrayList<>();
        int turns = request.calibrationIterations() + 1;
        for (int k = 0; k < turns; k++) {
            String detail = "iteration " + k + " of " + request.calibrationIterations();
            progress.stageStarted(WorkflowStage.SOLVING, 0, detail);
            RosterResult result = optimizer.solve(problem.withCalibration(calibration), progress.solver());
            progress.stageFinished(WorkflowStage.SOLVING);
            progress.stageStarted(WorkflowStage.CALIBRATING, plan.replications(), detail);
            SimulatedRoster simulated = SimulatedRoster.run("iteration " + k, request.clinic(), result.roster(), plan,
                    progress::unitsDone);
            progress.stageFinished(WorkflowStage.CALIBRATING);
            StationMinutes raw = PredictedWaits.raw(optimizer, problem, result.roster());
            steps.add(new CalibrationStep(k, calibration, result, PredictedWaits.calibrated(raw, calibration), raw,
                    simulated, SimulatedObjective.of(simulated.results(), request.solver().prices())));
            calibrator.add(raw, simulated.taskWaits());
            calibration = calibrator.calibration();
        }
        return steps;
    }

    /** The index of the step with the smallest objective (the first of equals). */
    static int best(List<CalibrationStep> steps) {
        int best = 0;
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).objective() < steps.get(best).objective()) {
                best = i;
            }
        }
        return best;
    }
}
