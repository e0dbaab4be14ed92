package org.clinicflow.optimizer.plan;

import java.util.Set;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.workload.WorkloadProfile;

/**
 * What to roster: a clinic (team, stations, shift templates, pay rules) for {@code weeks} weeks from its start date,
 * priced against a workload profile; optionally a published roster to stay close to (null = none), whose assignments
 * on {@code pinnedDays} (horizon day indices) may not move.
 */
public record RosterProblem(Clinic clinic, int weeks, WorkloadProfile workload, Roster published,
                            Set<Integer> pinnedDays) {
    public RosterProblem {
        if (weeks < 1 || weeks > 6) {
            throw new ModelInputException("weeks", "must be between 1 and 6, got " + weeks);
        }
        pinnedDays = Set.copyOf(pinnedDays);
    }

    /** A fresh roster with nothing published. */
    public static RosterProblem fresh(Clinic clinic, int weeks, WorkloadProfile workload) {
        return new RosterProblem(clinic, weeks, workload, null, Set.of());
    }

    public int days() {
        return 7 * weeks;
    }
}
