package org.clinicflow.scenarios.optimize;

import java.util.function.IntConsumer;
import org.clinicflow.scenarios.experiment.ClinicExperiment;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.experiment.ReplicationObservers;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.results.ClinicObserver;

/**
 * A roster as the simulator found it: the KPIs across replications and the MA-task waiting per station and day.
 * Rosters simulated with one plan (seed, replications, days) see the same patients: common random numbers.
 */
public record SimulatedRoster(ClinicResults results, StationMinutes taskWaits) {

    /** Simulates {@code clinic} worked by {@code roster}; {@code progress} hears replications finished. */
    public static SimulatedRoster run(String name, Clinic clinic, Roster roster, ExperimentPlan plan,
                                      IntConsumer progress) {
        Clinic rostered = clinic.withRoster(roster);
        TaskWaits[] waits = new TaskWaits[plan.replications()];
        ReplicationObservers observers = new ReplicationObservers() {
            @Override
            public ClinicObserver forReplication(int replication) {
                waits[replication] = new TaskWaits(rostered);
                return waits[replication];
            }
        };
        ClinicResults results = ClinicExperiment.run(name, rostered, plan, observers, progress);
        TaskWaits all = waits[0];
        for (int r = 1; r < waits.length; r++) {
            all.add(waits[r]);
        }
        return new SimulatedRoster(results, all.perDay((double) plan.days() * plan.replications()));
    }
}
