package org.clinicflow.scenarios.optimize;

import org.clinicflow.optimizer.solver.OptimizerSettings;

/** How an optimize run made its numbers, in words for the report's "Method" and the docs. */
final class OptimizeMethod {
    private OptimizeMethod() {
    }

    static String describe(OptimizeOutcome o) {
        OptimizeRequest r = o.request();
        OptimizerSettings s = r.solver();
        String limits = s.moveCountLimit() != null ? "a limit of " + s.moveCountLimit()
                + " evaluated moves (repeatable: the same seed gives the same roster on any machine)"
                : "a time limit of " + s.timeLimit().toSeconds() + " s, stopping after "
                        + s.unimprovedTimeLimit().toSeconds() + " s without improvement";
        return "Scenario " + r.source() + "; a roster of " + r.weeks() + (r.weeks() == 1 ? " week" : " weeks")
                + " from " + r.clinic().startDate() + ", repeating.\n\n"
                + "- Workload: the baseline roster simulated for " + r.workload().describe() + "; per station,"
                + " weekday and bucket, the MA task arrival rate, mean task time and its variability, and admin work.\n"
                + "- Solver: Timefold, waiting tables by the stationary-independent-period-by-period approximation"
                + " (docs/optimizer.md), waiting priced at " + s.prices().waitingCentsPerPatientMinute()
                + " cents a patient-minute, seed " + s.randomSeed() + ", " + limits + ".\n"
                + (o.calibrationSteps().isEmpty() ? "" : "- Calibration: " + r.calibrationIterations()
                        + " corrections of the tables by simulation (docs/optimizing.md), each roster simulated on "
                        + r.calibrationPlan().replications() + " replications x " + r.calibrationPlan().days()
                        + " days of seed " + r.calibrationPlan().seed() + "; iteration " + o.chosenStep()
                        + " kept.\n")
                + "- Validation: the baseline and the optimized roster simulated on the same "
                + r.validation().replications() + " replications x " + r.validation().days() + " days of seed "
                + r.validation().seed() + " (common random numbers; the days cover both rosters' cycles whole);"
                + " differences are paired, replication by replication, with 95% Student-t intervals.\n"
                + "- Verdict: on waitPastAppointmentMinutes (the wait staffing controls) and laborCost; a change"
                + " counts when its interval excludes 0.";
    }
}
