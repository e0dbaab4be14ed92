package org.clinicflow.scenarios.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.optimizer.waiting.WaitingCalibration;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The calibration loop: the tables' prediction converges on the simulated waiting, and the best roster is kept. */
class CalibrationTest {
    @Test
    void aConstantErrorIsLearnedFromOneRosterAndPoolingWeighsByWaiting() {
        WaitingCalibrator calibrator = new WaitingCalibrator();
        calibrator.add(new StationMinutes(Map.of("pod", 400.0, "lab", 0.5)), new StationMinutes(Map.of("pod", 100.0,
                "lab", 3.0)));
        WaitingCalibration first = calibrator.calibration();
        assertEquals(0.25, first.factor("pod"), 1e-12);
        assertEquals(1.0, first.factor("lab"), "under a patient-minute a day predicted: too little to estimate from");
        calibrator.add(new StationMinutes(Map.of("pod", 100.0)), new StationMinutes(Map.of("pod", 50.0)));
        assertEquals(150.0 / 500.0, calibrator.calibration().factor("pod"), 1e-12, "sum simulated / sum predicted");
    }

    @Test
    void factorsStayWithinBounds() {
        WaitingCalibrator calibrator = new WaitingCalibrator();
        calibrator.add(new StationMinutes(Map.of("pod", 10.0, "lab", 10.0)),
                new StationMinutes(Map.of("pod", 1000.0, "lab", 0.0)));
        assertEquals(WaitingCalibrator.MAX_FACTOR, calibrator.calibration().factor("pod"));
        assertEquals(WaitingCalibrator.MIN_FACTOR, calibrator.calibration().factor("lab"));
    }

    @Test
    void predictionsConvergeOnTheSimulatorAndTheBestRosterIsKept() {
        LoadedScenario loaded = ScenarioLoader.load("pediatrics");
        OptimizerSettings solver = OptimizerSettings.defaults().withRandomSeed(2026).withMoveCountLimit(20_000L);
        OptimizeOutcome o = OptimizeWorkflow.run(new OptimizeRequest(loaded.source(), loaded.clinic(), 1, solver,
                WorkloadSampling.forSeed(2026), new ExperimentPlan(14, 0, 6, 2026, 0), 2));
        List<CalibrationStep> steps = o.calibrationSteps();
        assertEquals(3, steps.size(), "2 corrections: 3 rosters");
        assertTrue(steps.get(0).calibration().stationFactors().isEmpty(),
                "the first solve uses the tables as computed");
        double firstError = Math.abs(Math.log(steps.get(0).ratio()));
        double lastError = Math.abs(Math.log(steps.get(2).ratio()));
        assertTrue(firstError > Math.log(1.5), "the tables as computed are off by more than half here: "
                + steps.get(0).ratio());
        assertTrue(lastError < firstError / 2, "simulated / predicted from " + steps.get(0).ratio() + " to "
                + steps.get(2).ratio());
        for (CalibrationStep s : steps) {
            assertTrue(o.calibrationSteps().get(o.chosenStep()).objective() <= s.objective());
        }
        assertEquals(steps.get(o.chosenStep()).result().roster(), o.roster());
        assertEquals(steps.get(o.chosenStep()).calibration(), o.calibration());
    }
}
