package org.clinicflow.scenarios.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.optimize.OptimizeFiles;
import org.clinicflow.scenarios.optimize.OptimizeOutcome;
import org.clinicflow.scenarios.optimize.OptimizeRequest;
import org.clinicflow.scenarios.optimize.OptimizeWorkflow;
import org.clinicflow.scenarios.optimize.WorkflowProgress;
import org.clinicflow.scenarios.optimize.WorkflowStage;
import org.clinicflow.scenarios.optimize.WorkloadSampling;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * Optimizes a roster of {@code weeks} weeks for the scenario and proves it by simulation against the baseline
 * (as {@code clinicflow optimize}) on the batch's simulation plan, writing {@code optimized/}: roster.csv,
 * calendars/, optimize.json, report.html. The plan's days must be whole cycles of both rosters.
 * The solver stops after a fixed number of moves, so a rerun of the batch gives the same roster on any machine. The
 * summary gets the optimized roster's waiting and labor cost and their paired differences from the baseline, whether
 * it is fully staffed (and how short it falls) and the verdict of its validation ({@link OptimizedRoster}).
 */
public final class OptimizeStep implements BatchStep {
    /** The folder, under the scenario's, with the optimized roster's files. */
    public static final String FOLDER = "optimized";
    /** File label of the optimized roster's report in the outcome. */
    public static final String REPORT = "optimizedReport";
    /** File label of the optimized roster's CSV in the outcome. */
    public static final String ROSTER = "optimizedRoster";

    private final int weeks;
    private final long movesPerWeek;

    public OptimizeStep(int weeks, long movesPerWeek) {
        this.weeks = weeks;
        this.movesPerWeek = movesPerWeek;
    }

    /** Weeks of the optimized roster. */
    public int weeks() {
        return weeks;
    }

    /** Solver moves per week of roster (the solver stops after {@code weeks * movesPerWeek}). */
    public long movesPerWeek() {
        return movesPerWeek;
    }

    @Override
    public String name() {
        return "optimize";
    }

    @Override
    public String fingerprint() {
        return "optimize weeks=" + weeks + " moves/week=" + movesPerWeek + " roster.csv calendars/ optimize.json"
                + " report.html staffing+verdict (2)";
    }

    @Override
    public void run(ScenarioWork work) {
        OptimizerSettings settings = OptimizerSettings.defaults().withRandomSeed(work.plan().seed())
                .withMoveCountLimit(movesPerWeek * weeks);
        // Validated on the batch's own plan, so the optimized figures sit beside the baseline's on the same patients.
        OptimizeRequest request = new OptimizeRequest(work.source(), work.clinic(), weeks, settings,
                WorkloadSampling.forSeed(work.plan().seed()), work.plan(), 0);
        OptimizeOutcome outcome = OptimizeWorkflow.run(request, new WorkflowProgress() {
            @Override
            public void unitsDone(int done) {
                work.progress().accept(done);
            }

            @Override
            public void stageStarted(WorkflowStage stage, int units, String detail) {
                work.progress().accept(0);
            }
        });
        Path dir = work.dir().resolve(FOLDER);
        OptimizeFiles.write(outcome, dir, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        ClinicResults optimized = outcome.optimized().results();
        for (Kpi k : new Kpi[] {Kpi.WAIT_PAST_APPOINTMENT_MINUTES, Kpi.MA_OVERTIME_MINUTES, Kpi.LABOR_COST}) {
            work.figure("optimized." + k.key(), k, optimized.estimate(k));
            work.figure("optimizedMinusBaseline." + k.key(), k, outcome.comparison().difference(1, k));
        }
        work.file(REPORT, dir.resolve(OptimizeFiles.REPORT));
        work.file(ROSTER, dir.resolve(OptimizeFiles.ROSTER));
        work.optimized(OptimizedRoster.of(outcome));
    }
}
