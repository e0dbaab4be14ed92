package org.clinicflow.optimizer.plan;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;

/** Turns a solved plan into the simulator's {@link Roster}: one assignment per filled position. */
public final class RosterConverter {
    private RosterConverter() {
    }

    public static Roster toRoster(RosterPlan plan) {
        List<ShiftAssignment> assignments = new ArrayList<>();
        for (ShiftPosition p : plan.positions()) {
            if (p.getMa() != null) {
                assignments.add(new ShiftAssignment(p.getMa().id(), p.day(), p.template(), p.station().id()));
            }
        }
        return new Roster(Math.max(1, plan.days() / 7), assignments);
    }
}
