package org.clinicflow.scenarios.optimize;

import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;

/**
 * What to optimize and how: a clinic (its baseline roster is what the optimized one is compared with) named by
 * {@code source} in reports, a roster of {@code weeks} weeks from the clinic's start date, the solver's settings, how
 * the workload is measured, the validation's simulation plan (days a multiple of both rosters' cycles, no warm-up:
 * clinics empty overnight) and how many calibration corrections to make (0 = solve once with the tables as computed).
 */
public record OptimizeRequest(String source, Clinic clinic, int weeks, OptimizerSettings solver,
                              WorkloadSampling workload, ExperimentPlan validation, int calibrationIterations) {
    /** At most this many calibration corrections. */
    public static final int MAX_CALIBRATION = 10;
    /** Added to the validation seed for the calibration's simulations, which choose among rosters. */
    public static final long CALIBRATION_SEED_OFFSET = 2;

    public OptimizeRequest {
        if (weeks < 1 || weeks > 6) {
            throw new ModelInputException("weeks", "must be between 1 and 6, got " + weeks);
        }
        if (calibrationIterations < 0 || calibrationIterations > MAX_CALIBRATION) {
            throw new ModelInputException("calibrate", "must be between 0 and " + MAX_CALIBRATION + " iterations, got "
                    + calibrationIterations);
        }
        if (validation.warmupDays() != 0) {
            throw new ModelInputException("warmup days", "must be 0 for a roster validation (clinic days start empty)");
        }
        ValidationDays.check(validation.days(), ValidationDays.commonCycle(clinic.baselineRoster().cycleDays(),
                7 * weeks));
    }

    /**
     * A request with the default workload measurement (derived from the validation seed) and no calibration; the
     * validation simulates {@code replications} x the default days (whole cycles, at least 28) from {@code seed}.
     */
    public static OptimizeRequest of(String source, Clinic clinic, int weeks, OptimizerSettings solver,
                                     int replications, long seed, int threads) {
        int days = ValidationDays.defaultDays(ValidationDays.commonCycle(clinic.baselineRoster().cycleDays(),
                7 * weeks));
        return new OptimizeRequest(source, clinic, weeks, solver, WorkloadSampling.forSeed(seed),
                new ExperimentPlan(days, 0, replications, seed, threads), 0);
    }

    /** The same request with {@code iterations} calibration corrections. */
    public OptimizeRequest withCalibration(int iterations) {
        return new OptimizeRequest(source, clinic, weeks, solver, workload, validation, iterations);
    }

    /** The same request with another workload measurement. */
    public OptimizeRequest withWorkload(WorkloadSampling sampling) {
        return new OptimizeRequest(source, clinic, weeks, solver, sampling, validation, calibrationIterations);
    }

    /** The simulation plan of the calibration: the validation's, on other patients (another seed). */
    public ExperimentPlan calibrationPlan() {
        return new ExperimentPlan(validation.days(), 0, validation.replications(),
                validation.seed() + CALIBRATION_SEED_OFFSET, validation.threads());
    }
}
