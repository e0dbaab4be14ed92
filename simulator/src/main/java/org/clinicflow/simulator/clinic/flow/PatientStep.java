package org.clinicflow.simulator.clinic.flow;

import org.clinicflow.simulator.engine.EventHandler;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/**
 * A step of a visit done by one person (front desk, MA, provider): the patient asks, waits, is served for the time
 * drawn for them, and moves on. Subclasses say whom to ask and what the step records.
 */
abstract class PatientStep {
    final Simulation sim;
    final PatientLedger ledger;
    final PatientFlow flow;
    private final GrantListener onGranted = this::granted;
    private final EventHandler onDone = this::done;

    PatientStep(Simulation sim, PatientLedger ledger, PatientFlow flow) {
        this.sim = sim;
        this.ledger = ledger;
        this.flow = flow;
    }

    /** Asks for the person who does this step, unless nobody who could works the rest of today. */
    void start(Patient p) {
        if (!possibleToday(p)) {
            nobodyToday(p);
            return;
        }
        p.requested = sim.now();
        p.waitFor(pool(), onGranted);
        ask(p, onGranted);
    }

    /** False if nobody who could do this step for {@code p} is at work for the rest of the day. */
    boolean possibleToday(Patient p) {
        return true;
    }

    /** Nobody can do this step for {@code p} today: by default the patient is not seen and leaves. */
    void nobodyToday(Patient p) {
        flow.sendAway(p);
    }

    /** The pool this step's people are in. */
    abstract ServerPool pool();

    /** Requests one of them for {@code p} (token: the patient's slot). */
    abstract void ask(Patient p, GrantListener listener);

    /**
     * The person starts: records the start, takes supplies. Returns the minutes the step takes, or a negative number
     * if the step is called off (the subclass has then given the server back).
     */
    abstract double begin(Patient p, int server);

    /** The step ends ({@code completed}) or is cut short at the end of the day: records it and frees the server. */
    abstract void end(Patient p, int server, boolean completed);

    private void granted(int token, int server, double waited) {
        Patient p = ledger.get(token);
        p.granted(waited);
        double minutes = begin(p, server);
        if (minutes < 0) {
            flow.advance(p);
            return;
        }
        p.server = server;
        p.inService = this;
        p.serviceStart = sim.now();
        p.event = sim.schedule(minutes, onDone, token);
    }

    private void done(int token) {
        Patient p = ledger.get(token);
        int server = p.server;
        p.event = -1;
        p.server = -1;
        p.inService = null;
        end(p, server, true);
        flow.advance(p);
    }

    /** Cuts the step short (the patient is swept at the end of the day). */
    void interrupt(Patient p) {
        sim.cancel(p.event);
        int server = p.server;
        p.event = -1;
        p.server = -1;
        p.inService = null;
        end(p, server, false);
    }
}
