package org.clinicflow.scenarios.report.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.experiment.ReplicationObservers;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.ClinicObserver;

/**
 * Gathers the hourly profile, waiting times and supply levels of every replication of an experiment (pass it to
 * {@code ClinicExperiment.run} as the extra observers), then {@link #profile()} adds them up in replication order, so
 * the numbers do not depend on the thread count.
 */
public final class ProfileCollector implements ReplicationObservers {
    private final Clinic clinic;
    private final ExperimentPlan plan;
    private final Map<Integer, Parts> parts = new ConcurrentHashMap<>();

    /** One replication's collectors. */
    private record Parts(HourlyProfile hours, WaitingTimes waits, SupplyLevels supplies) {
    }

    /** A collector for {@code clinic} (with the roster it is simulated with) run by {@code plan}. */
    public ProfileCollector(Clinic clinic, ExperimentPlan plan) {
        this.clinic = clinic;
        this.plan = plan;
    }

    @Override
    public ClinicObserver forReplication(int replication) {
        Parts p = newParts();
        parts.put(replication, p);
        return ClinicObserver.all(p.hours(), p.waits(), p.supplies());
    }

    /** Every replication's data added up; call after the experiment has run. */
    public ClinicProfile profile() {
        Parts total = newParts();
        List<SupplyLevels> supplies = new ArrayList<>();
        for (int r = 0; r < parts.size(); r++) {
            Parts p = parts.get(r);
            if (p == null) {
                throw new IllegalStateException("replication " + r + " of " + parts.size() + " did not report");
            }
            total.hours().add(p.hours());
            total.waits().add(p.waits());
            supplies.add(p.supplies());
        }
        return new ClinicProfile(clinic, plan, parts.size(), total.hours(), total.waits(), supplies);
    }

    private Parts newParts() {
        return new Parts(new HourlyProfile(clinic.startDate().getDayOfWeek(), plan.warmupDays(), plan.days(),
                clinic.baselineRoster()), new WaitingTimes(plan.warmupDays()),
                new SupplyLevels(clinic.supplies(), plan.warmupDays(), plan.days()));
    }
}
