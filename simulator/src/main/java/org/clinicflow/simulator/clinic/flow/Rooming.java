package org.clinicflow.simulator.clinic.flow;

import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/**
 * An MA rooms the patient (escort, vitals, history, medication reconciliation) once the patient has an exam room, or
 * where they are in a clinic without exam rooms; the visit type's supplies are used here. Rooming is done by the MAs of
 * the patient's pod; walk-ins by triage first when the clinic has a triage station.
 */
final class Rooming extends PatientStep {
    private final MaTeam mas;
    private final SupplyRoom supplies;
    private final SupplyNeed[] visitSupplies;

    Rooming(Simulation sim, PatientLedger ledger, PatientFlow flow, MaTeam mas, SupplyRoom supplies,
            SupplyNeed[] visitSupplies) {
        super(sim, ledger, flow);
        this.mas = mas;
        this.supplies = supplies;
        this.visitSupplies = visitSupplies;
    }

    @Override
    boolean possibleToday(Patient p) {
        return mas.canBeDoneToday(0, sim.now());
    }

    @Override
    ServerPool pool() {
        return mas.pool();
    }

    private int home(Patient p) {
        TaskRouting r = mas.routing();
        return p.walkIn && r.staffed(r.triageHome()) ? r.triageHome() : r.podHome(p.pod);
    }

    @Override
    void ask(Patient p, GrantListener listener) {
        int home = home(p);
        int fallback = mas.routing().podHome(p.pod);
        mas.request(listener, p.slot, p.late ? MaTeam.LATE_ROOMING : MaTeam.PATIENT_CARE, 0, home,
                fallback == home ? -1 : fallback);
    }

    @Override
    double begin(Patient p, int server) {
        mas.started(server, p.id);
        flow.roomingStarts(p);
        p.roomingStart = sim.now();
        double delay = supplies.take(visitSupplies[p.visitType], false);
        p.queueMinutes += delay;
        return delay + p.roomingMinutes;
    }

    @Override
    void end(Patient p, int server, boolean completed) {
        mas.finished(server, p.id, "rooming", home(p), p.requested, p.serviceStart);
        if (completed) {
            p.roomingEnd = sim.now();
        }
    }
}
