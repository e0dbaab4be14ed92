package org.clinicflow.simulator.clinic.flow;

import java.util.List;
import org.clinicflow.simulator.clinic.Procedure;
import org.clinicflow.simulator.clinic.RoomKind;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/**
 * An MA procedure ordered for the patient (venipuncture, injection, EKG, urinalysis, casting...). One that needs a
 * special room waits for a room of that kind first (the patient has already given up the exam room) and goes to the
 * MAs of that room's station, else of the pod; one done in the exam room goes to the pod's MAs. Only MAs holding the
 * procedure's skills may do it. Its supplies are taken at the start: a shortage delays it or cancels it.
 */
final class ProcedureStep extends PatientStep {
    private final MaTeam mas;
    private final SpecialRooms rooms;
    private final SupplyRoom supplies;
    private final FlowTrace trace;
    private final Procedure[] procedures;
    private final SupplyNeed[] needs;
    private final GrantListener onRoom = this::roomGranted;

    ProcedureStep(Simulation sim, PatientLedger ledger, PatientFlow flow, MaTeam mas, SpecialRooms rooms,
                  SupplyRoom supplies, FlowTrace trace, List<Procedure> procedures, SupplyNeed[] needs) {
        super(sim, ledger, flow);
        this.mas = mas;
        this.rooms = rooms;
        this.supplies = supplies;
        this.trace = trace;
        this.procedures = procedures.toArray(Procedure[]::new);
        this.needs = needs;
    }

    /** True if the procedure is done in the exam room (it needs no special room). */
    boolean inExamRoom(int procedure) {
        return procedures[procedure].room() == null;
    }

    /** Starts the patient's {@code k}-th ordered procedure. */
    void start(Patient p, int k) {
        p.currentProcedure = k;
        RoomKind kind = procedures[p.procedure[k]].room();
        if (kind == null || !possibleToday(p)) {
            start(p);
            return;
        }
        p.requested = sim.now();
        p.waitFor(rooms.pool(kind), onRoom);
        rooms.request(kind, onRoom, p.slot);
    }

    private void roomGranted(int token, int room, double waited) {
        Patient p = ledger.get(token);
        p.granted(waited);
        p.specialKind = procedures[p.procedure[p.currentProcedure]].room();
        p.specialRoom = room;
        trace.seize(FlowTrace.Unit.SPECIAL_ROOM, rooms.traceIndex(p.specialKind, room), p.id, sim.now());
        start(p);
    }

    /** Gives back the special room the patient holds, if any. */
    void leaveSpecialRoom(Patient p) {
        if (p.specialRoom >= 0) {
            trace.free(FlowTrace.Unit.SPECIAL_ROOM, rooms.traceIndex(p.specialKind, p.specialRoom), p.id,
                    sim.now());
            rooms.release(p.specialKind, p.specialRoom);
            p.specialRoom = -1;
            p.specialKind = null;
        }
    }

    private int home(Patient p) {
        RoomKind kind = procedures[p.procedure[p.currentProcedure]].room();
        TaskRouting r = mas.routing();
        return kind == null ? r.podHome(p.pod) : r.kindHome(kind);
    }

    @Override
    boolean possibleToday(Patient p) {
        return mas.canBeDoneToday(mas.procedureSkills(p.procedure[p.currentProcedure]), sim.now());
    }

    @Override
    ServerPool pool() {
        return mas.pool();
    }

    @Override
    void ask(Patient p, GrantListener listener) {
        int proc = p.procedure[p.currentProcedure];
        int home = home(p);
        int pod = mas.routing().podHome(p.pod);
        mas.request(listener, p.slot, MaTeam.PATIENT_CARE, mas.procedureSkills(proc), home, home == pod ? -1 : pod);
    }

    @Override
    double begin(Patient p, int server) {
        int proc = p.procedure[p.currentProcedure];
        mas.procedureStarted(p);
        double delay = supplies.take(needs[proc], true);
        if (delay == SupplyRoom.CANCELLED) {
            mas.pool().release(server); // the MA finds the item out and moves on at once
            leaveSpecialRoom(p);
            p.proceduresCancelled++;
            return -1;
        }
        mas.started(server, p.id);
        p.queueMinutes += delay;
        return delay + p.procedureMinutes[p.currentProcedure];
    }

    @Override
    void end(Patient p, int server, boolean completed) {
        int proc = p.procedure[p.currentProcedure];
        mas.finished(server, p.id, procedures[proc].id(), home(p), p.requested, p.serviceStart);
        leaveSpecialRoom(p);
        if (completed) {
            p.proceduresDone++;
        }
    }
}
