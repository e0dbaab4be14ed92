package org.clinicflow.simulator.clinic.flow;

import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/**
 * Check-in or checkout at the front desk, with the time drawn for the patient (longer check-in for new patients). When
 * nobody staffs the desk for the rest of the day, the patient goes on without it.
 */
final class DeskStep extends PatientStep {
    private final Reception desk;
    private final boolean checkIn;

    DeskStep(Simulation sim, PatientLedger ledger, PatientFlow flow, Reception desk, boolean checkIn) {
        super(sim, ledger, flow);
        this.desk = desk;
        this.checkIn = checkIn;
    }

    @Override
    boolean possibleToday(Patient p) {
        return desk.staffedToday(sim.now());
    }

    @Override
    void nobodyToday(Patient p) {
        flow.advance(p);
    }

    @Override
    ServerPool pool() {
        return desk.pool();
    }

    @Override
    void ask(Patient p, GrantListener listener) {
        desk.request(listener, p.slot);
    }

    @Override
    double begin(Patient p, int server) {
        desk.started(server, p.id);
        if (checkIn) {
            p.checkInStart = sim.now();
            return p.checkInMinutes;
        }
        return p.checkoutMinutes;
    }

    @Override
    void end(Patient p, int server, boolean completed) {
        desk.finished(server, p.id, checkIn ? "check-in" : "checkout", p.requested, p.serviceStart);
        if (checkIn && completed) {
            p.checkInEnd = sim.now();
        }
    }
}
