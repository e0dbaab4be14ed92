package org.clinicflow.scenarios.experiment;

import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.flow.ClinicSimulation;
import org.clinicflow.simulator.clinic.results.ClinicKpis;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.ReplicationRunner;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.clinicflow.simulator.stats.Responses;

/**
 * Runs replications of a clinic and summarises its KPIs. Replication r of every experiment with the same seed draws
 * from the same random streams, so two variants of a clinic run with one seed are compared on common random numbers.
 */
public final class ClinicExperiment {
    private ClinicExperiment() {
    }

    public static ClinicResults run(String scenario, Clinic clinic, ExperimentPlan plan) {
        return run(scenario, clinic, plan, ReplicationObservers.NONE, done -> { });
    }

    /**
     * Runs the plan; {@code extra} adds observers to each replication, {@code progress} hears the number of
     * replications finished (from any thread).
     */
    public static ClinicResults run(String scenario, Clinic clinic, ExperimentPlan plan, ReplicationObservers extra,
                                    IntConsumer progress) {
        List<Responses> reps = new ReplicationRunner(plan.threads())
                .run(plan.replications(), r -> replication(clinic, plan, r, extra), progress);
        return new ClinicResults(scenario, clinic, plan, new ReplicationSummary(reps));
    }

    /**
     * Runs batches of replications until the 95% half-width of each of the target's KPIs is within it (or the cap is
     * reached); the plan's replication count is not used. The results equal a fixed run with the final count.
     */
    public static ExperimentRun runUntilPrecise(String scenario, Clinic clinic, ExperimentPlan plan,
                                                PrecisionTarget target, ReplicationObservers extra,
                                                IntConsumer progress) {
        return CommonRandomNumbers.sequential(List.of(new NamedClinic(scenario, clinic)), plan, target,
                PrecisionTarget.Basis.EACH_CLINIC, List.of(extra), progress);
    }

    /**
     * {@link #run} on the plan's replications, or {@link #runUntilPrecise} when there is a precision target
     * ({@code --replications auto}).
     */
    public static ExperimentRun run(String scenario, Clinic clinic, ExperimentPlan plan,
                                    Optional<PrecisionTarget> precision, ReplicationObservers extra,
                                    IntConsumer progress) {
        if (precision.isPresent()) {
            return runUntilPrecise(scenario, clinic, plan, precision.get(), extra, progress);
        }
        return new ExperimentRun(List.of(run(scenario, clinic, plan, extra, progress)), Optional.empty());
    }

    /** One replication's KPIs. */
    static Responses replication(Clinic clinic, ExperimentPlan plan, int r, ReplicationObservers extra) {
        ClinicKpis kpis = new ClinicKpis(clinic);
        ClinicObserver observer = ClinicObserver.all(AfterWarmup.of(kpis, plan.warmupDays()),
                extra.forReplication(r));
        new ClinicSimulation(clinic, plan.days(), new RandomStreams(plan.seed(), r), observer).run();
        extra.finished(r);
        return kpis.report();
    }
}
