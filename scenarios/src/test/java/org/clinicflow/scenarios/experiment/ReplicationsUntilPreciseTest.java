package org.clinicflow.scenarios.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.scenarios.scenario.ScenarioOverride;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.junit.jupiter.api.Test;

/** {@code --replications auto}: batches that stop at the precision asked for, and equal a fixed run of that size. */
class ReplicationsUntilPreciseTest {
    private static final Clinic CLINIC = ScenarioLoader.load("family-medicine").clinic();
    private static final ExperimentPlan PLAN = new ExperimentPlan(3, 0, 10, 2026, 0);
    private static final PrecisionTarget TARGET = new PrecisionTarget(0.8, PrecisionTarget.DEFAULT_KPIS, 200);

    @Test
    void stopsWhenEveryHalfWidthIsWithinTheTargetAndEqualsAFixedRunOfThatSize() {
        ExperimentRun auto = ClinicExperiment.runUntilPrecise("fm", CLINIC, PLAN, TARGET, ReplicationObservers.NONE,
                done -> { });
        PrecisionOutcome outcome = auto.precision().orElseThrow();
        int n = outcome.replications();
        assertTrue(outcome.reached(), outcome.describe());
        assertTrue(n > PrecisionTarget.FIRST_BATCH, "the first batch was not precise enough: " + n);
        for (Kpi k : TARGET.kpis()) {
            assertTrue(auto.results().get(0).estimate(k).halfWidth() <= TARGET.halfWidth(), k.key());
        }
        ClinicResults fixed = ClinicExperiment.run("fm", CLINIC, PLAN.withReplications(n));
        assertEquals(fixed.summary().estimates(), auto.results().get(0).summary().estimates(),
                "replication r is the same whichever batch ran it");
        assertEquals(n, auto.results().get(0).plan().replications());
    }

    @Test
    void theBatchesDoNotDependOnTheThreadCount() {
        ExperimentRun one = ClinicExperiment.runUntilPrecise("fm", CLINIC, new ExperimentPlan(3, 0, 10, 7, 1), TARGET,
                ReplicationObservers.NONE, done -> { });
        ExperimentRun two = ClinicExperiment.runUntilPrecise("fm", CLINIC, new ExperimentPlan(3, 0, 10, 7, 2), TARGET,
                ReplicationObservers.NONE, done -> { });
        assertEquals(one.precision(), two.precision());
        assertEquals(one.results().get(0).summary().estimates(), two.results().get(0).summary().estimates());
    }

    @Test
    void stopsAtTheCapAndSaysThePrecisionWasNotReached() {
        PrecisionTarget strict = new PrecisionTarget(0.001, List.of(Kpi.WAITING_ROOM_MINUTES), 12);
        int[] progress = new int[1];
        ExperimentRun run = ClinicExperiment.runUntilPrecise("fm", CLINIC, PLAN, strict, ReplicationObservers.NONE,
                done -> progress[0] = Math.max(progress[0], done));
        PrecisionOutcome outcome = run.precision().orElseThrow();
        assertEquals(12, outcome.replications());
        assertFalse(outcome.reached());
        assertTrue(outcome.describe().contains("reached the cap"), outcome.describe());
        assertEquals(12, progress[0], "progress counts replications across batches");
    }

    @Test
    void aComparisonIsJudgedOnThePairedDifferences() {
        Clinic extraMa = ScenarioLoader.load("family-medicine", List.of(
                ScenarioOverride.parseSet("medicalAssistants[ivan].contract=full-time"),
                ScenarioOverride.parseSet("baselineRoster.shifts.ivan={mon-fri: day@float}"))).clinic();
        PrecisionTarget target = new PrecisionTarget(0.3, PrecisionTarget.DEFAULT_KPIS, 200);
        Comparison c = Comparison.run(List.of(new NamedClinic("base", CLINIC), new NamedClinic("extra MA", extraMa)),
                PLAN, java.util.Optional.of(target), done -> { });
        assertTrue(c.precision().orElseThrow().reached());
        for (Kpi k : target.kpis()) {
            assertTrue(c.difference(1, k).halfWidth() <= 0.3, k.key());
        }
        // Common random numbers make the difference far tighter than either mean: the base alone is not this precise.
        assertTrue(c.base().estimate(Kpi.CYCLE_TIME_MINUTES).halfWidth() > 0.3);
    }

    @Test
    void theNextBatchFollowsTheProjectionWithinLimits() {
        PrecisionTarget t = new PrecisionTarget(0.5, PrecisionTarget.DEFAULT_KPIS, 100);
        assertEquals(15, t.next(10, 0.51), "at least 5 more");
        assertEquals(20, t.next(10, 5.0), "at most twice as many");
        assertEquals(36, t.next(20, 0.67), "20 x (0.67 / 0.5)^2 = 35.9");
        assertEquals(100, t.next(80, 5.0), "never past the cap");
    }
}
