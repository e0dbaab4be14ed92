package org.clinicflow.scenarios.optimize;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.clinicflow.optimizer.explain.RosterExplanation;
import org.clinicflow.optimizer.plan.RosterProblem;
import org.clinicflow.optimizer.solver.RosterOptimizer;
import org.clinicflow.optimizer.solver.RosterResult;
import org.clinicflow.optimizer.waiting.WaitingCalibration;
import org.clinicflow.scenarios.experiment.Comparison;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;

/**
 * The optimize workflow: measure the workload by simulating the baseline roster, solve (optionally calibrating the
 * waiting tables by simulation), then validate: simulate the baseline and the optimized roster on common random
 * numbers and judge the paired differences. Never throws for a clinic that cannot be fully staffed: the roster then
 * has open positions and its explanation says where and why.
 */
public final class OptimizeWorkflow {
    private OptimizeWorkflow() {
    }

    public static OptimizeOutcome run(OptimizeRequest request) {
        return run(request, WorkflowProgress.NONE);
    }

    public static OptimizeOutcome run(OptimizeRequest request, WorkflowProgress progress) {
        Clinic clinic = request.clinic();
        ExperimentPlan plan = request.validation();
        progress.stageStarted(WorkflowStage.MEASURING_WORKLOAD, request.workload().replications(), "");
        MeasuredWorkload workload = request.workload().measure(clinic, plan.threads(), progress::unitsDone);
        progress.stageFinished(WorkflowStage.MEASURING_WORKLOAD);

        RosterOptimizer optimizer = new RosterOptimizer(request.solver());
        RosterProblem problem = RosterProblem.fresh(clinic, request.weeks(), workload.profile());
        List<CalibrationStep> steps = List.of();
        int chosen = 0;
        RosterResult result;
        WaitingCalibration calibration;
        if (request.calibrationIterations() == 0) {
            progress.stageStarted(WorkflowStage.SOLVING, 0, "");
            result = optimizer.solve(problem, progress.solver());
            progress.stageFinished(WorkflowStage.SOLVING);
            calibration = WaitingCalibration.NONE;
        } else {
            steps = CalibrationLoop.run(optimizer, problem, request, progress);
            chosen = CalibrationLoop.best(steps);
            result = steps.get(chosen).result();
            calibration = steps.get(chosen).calibration();
        }

        Roster baselineRoster = clinic.baselineRoster();
        progress.stageStarted(WorkflowStage.VALIDATING, 2 * plan.replications(), "");
        SimulatedRoster baseline = SimulatedRoster.run("baseline", clinic, baselineRoster, plan, progress::unitsDone);
        SimulatedRoster optimized = SimulatedRoster.run("optimized", clinic, result.roster(), plan,
                done -> progress.unitsDone(plan.replications() + done));
        progress.stageFinished(WorkflowStage.VALIDATING);
        Comparison comparison = new Comparison(List.of(baseline.results(), optimized.results()), Optional.empty());

        RosterProblem calibrated = problem.withCalibration(calibration);
        Set<Integer> allDays = IntStream.range(0, problem.days()).boxed().collect(Collectors.toSet());
        RosterExplanation baselineExplanation = optimizer.explain(optimizer.plan(
                calibrated.withPublished(baselineRoster, allDays)));
        StationMinutes baselinePredicted = PredictedWaits.calibrated(
                PredictedWaits.raw(optimizer, problem, baselineRoster), calibration);
        StationMinutes optimizedPredicted = PredictedWaits.calibrated(
                PredictedWaits.raw(optimizer, problem, result.roster()), calibration);
        return new OptimizeOutcome(request, workload, result, calibration, steps, chosen, baselineExplanation,
                baseline, optimized, baselinePredicted, optimizedPredicted, comparison, RosterVerdict.of(comparison));
    }
}
