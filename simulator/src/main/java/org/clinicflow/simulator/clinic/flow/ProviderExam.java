package org.clinicflow.simulator.clinic.flow;

import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/** The provider sees the patient in the exam room: the visit type's face time times the provider's own factor. */
final class ProviderExam extends PatientStep {
    private final ProviderTeam providers;

    ProviderExam(Simulation sim, PatientLedger ledger, PatientFlow flow, ProviderTeam providers) {
        super(sim, ledger, flow);
        this.providers = providers;
    }

    @Override
    ServerPool pool() {
        return providers.pool();
    }

    @Override
    void ask(Patient p, GrantListener listener) {
        providers.request(listener, p);
    }

    @Override
    double begin(Patient p, int server) {
        providers.started(server, p);
        p.providerStart = sim.now();
        return p.examMinutes * providers.provider(server).examTimeFactor();
    }

    @Override
    void end(Patient p, int server, boolean completed) {
        providers.finished(server, p, p.serviceStart);
        if (completed) {
            p.providerEnd = sim.now();
        }
    }
}
