package org.clinicflow.simulator.clinic.flow;

import org.clinicflow.simulator.clinic.LateArrivalPolicy;
import org.clinicflow.simulator.clinic.results.PatientOutcome;
import org.clinicflow.simulator.engine.EventHandler;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.Simulation;

/**
 * Takes each patient through their itinerary: arrival (or no-show, or too late and rescheduled), check-in, an exam room,
 * rooming, procedures, the provider, checkout. Before a step done in the exam room the patient waits for a room of
 * their pod; before a step elsewhere they leave it and its turnover begins. A walk-in whose patience runs out before
 * rooming leaves; whoever is still in the clinic when the day is swept is not seen. Every patient ends with exactly
 * one outcome.
 */
final class PatientFlow {
    private final Simulation sim;
    private final PatientLedger ledger;
    private final ClinicIndex index;
    private final ExamRooms examRooms;
    private final MaTeam mas;
    private final Reception desk;
    private final ProviderTeam providers;
    private final FlowTrace trace;
    private final boolean seeLateLast;
    private final double rescheduleAfter;
    private final Turnover turnover;
    private final DeskStep checkIn;
    private final DeskStep checkout;
    private final Rooming rooming;
    private final ProcedureStep procedures;
    private final ProviderExam exam;
    private final GrantListener onExamRoom = this::examRoomGranted;
    private final EventHandler onArrival = this::arrive;
    private final EventHandler onPatienceOut = this::patienceRunsOut;

    PatientFlow(Simulation sim, PatientLedger ledger, ClinicIndex index, ExamRooms examRooms, SpecialRooms special,
                MaTeam mas, Reception desk, ProviderTeam providers, SupplyRoom supplies, FlowTrace trace) {
        this.sim = sim;
        this.ledger = ledger;
        this.index = index;
        this.examRooms = examRooms;
        this.mas = mas;
        this.desk = desk;
        this.providers = providers;
        this.trace = trace;
        LateArrivalPolicy late = index.clinic.latePolicy();
        seeLateLast = late != null && late.handling() == LateArrivalPolicy.Handling.SEEN_LATE;
        rescheduleAfter = late == null ? Double.POSITIVE_INFINITY : late.rescheduleAfterMinutes();
        SupplyNeed[] visitSupplies = index.visitTypes.stream()
                .map(v -> SupplyNeed.of(v.supplies(), supplies, "visitTypes[" + v.id() + "].supplies"))
                .toArray(SupplyNeed[]::new);
        SupplyNeed[] procedureSupplies = index.procedures.stream()
                .map(x -> SupplyNeed.of(x.supplies(), supplies, "procedures[" + x.id() + "].supplies"))
                .toArray(SupplyNeed[]::new);
        turnover = index.clinic.turnover() == null || !examRooms.exist() ? null
                : new Turnover(sim, mas, examRooms, supplies,
                SupplyNeed.of(index.clinic.turnover().supplies(), supplies, "turnover.supplies"), trace);
        boolean hasDesk = index.clinic.frontDesk() != null;
        checkIn = hasDesk ? new DeskStep(sim, ledger, this, desk, true) : null;
        checkout = hasDesk ? new DeskStep(sim, ledger, this, desk, false) : null;
        rooming = new Rooming(sim, ledger, this, mas, supplies, visitSupplies);
        procedures = new ProcedureStep(sim, ledger, this, mas, special, supplies, trace, index.procedures,
                procedureSupplies);
        exam = new ProviderExam(sim, ledger, this, providers);
    }

    private boolean seesProvider(Patient p) {
        return index.visitTypes.get(p.visitType).seesProvider();
    }

    private boolean rescheduled(Patient p) {
        return !p.walkIn && p.plannedArrival - p.appointment > rescheduleAfter;
    }

    /** A patient just created: the staff they will need expect them; they arrive (or not) at their time. */
    void admit(Patient p) {
        ledger.admit(p);
        double due = p.noShow ? p.appointment : p.plannedArrival;
        p.event = sim.scheduleAt(Math.max(sim.now(), due), onArrival, p.slot);
        if (p.noShow || rescheduled(p)) {
            return;
        }
        p.needsMa = true;
        mas.expectPatient();
        if (!p.walkIn) {
            mas.ordersKnown(p); // on the day's schedule, with the orders of the visit
        }
        if (p.itinerary[0] == Patient.CHECK_IN) {
            p.needsDesk = true;
            desk.expectPatient();
        }
        if (p.walkIn && providers.pooledWalkIns()) {
            p.pod = providers.pooledPod();
        }
        if (seesProvider(p) && (!p.walkIn || providers.pooledWalkIns())) {
            providers.expect(p);
        }
    }

    private void arrive(int slot) {
        Patient p = ledger.get(slot);
        p.event = -1;
        if (p.noShow) {
            ledger.discharge(p, PatientOutcome.NO_SHOW);
            return;
        }
        p.arrival = sim.now();
        if (rescheduled(p)) {
            p.departure = sim.now();
            ledger.discharge(p, PatientOutcome.RESCHEDULED);
            return;
        }
        p.late = seeLateLast && !p.walkIn && p.plannedArrival > p.appointment;
        if (p.walkIn && !providers.pooledWalkIns() && !assignProvider(p)) {
            settle(p);
            ledger.discharge(p, PatientOutcome.NOT_SEEN); // no walk-in provider works the rest of today
            return;
        }
        providers.arrived(p);
        if (p.walkIn) {
            mas.ordersKnown(p); // what a walk-in needs is learnt when they come in
        }
        if (p.walkIn && !Double.isNaN(p.patience)) {
            p.patienceEvent = sim.schedule(p.patience, onPatienceOut, slot);
        }
        advance(p);
    }

    /** Gives a walk-in a provider (and so a pod); false if they need one and none works the rest of today. */
    private boolean assignProvider(Patient p) {
        int[] assigned = providers.assignWalkIn(sim.now());
        if (assigned == null) {
            return !seesProvider(p);
        }
        p.pod = index.providerPod[assigned[0]];
        if (seesProvider(p)) {
            p.provider = assigned[0];
            p.session = assigned[1];
            providers.expect(p);
        }
        return true;
    }

    /** Moves the patient to the next step of their itinerary (or out of the clinic). */
    void advance(Patient p) {
        if (p.leaveAfterCheckIn) {
            leaveUnseen(p);
            return;
        }
        int i = p.next;
        boolean done = i == p.itinerary.length;
        int step = done ? 0 : p.itinerary[i];
        boolean needsRoom = !done && examRooms.exist() && (step == Patient.ROOMING || step == Patient.EXAM
                || (step >= 0 && procedures.inExamRoom(p.procedure[step])));
        if (!needsRoom && p.examRoom >= 0) {
            vacate(p);
        }
        if (p.needsMa && i > p.lastMaStep && p.examRoom < 0 && !needsRoom) {
            p.needsMa = false; // after the turnover request: the last MA stays for that
            mas.patientDone();
        }
        if (done) {
            depart(p);
            return;
        }
        if (needsRoom && p.examRoom < 0) {
            int priority = p.roomingStarted ? ExamRooms.RETURNING : p.late ? ExamRooms.LATE : ExamRooms.ON_TIME;
            p.waitFor(examRooms.pool(), onExamRoom);
            examRooms.request(onExamRoom, p.slot, priority, p.pod);
            return;
        }
        p.next++;
        switch (step) {
            case Patient.CHECK_IN -> checkIn.start(p);
            case Patient.ROOMING -> rooming.start(p);
            case Patient.EXAM -> exam.start(p);
            case Patient.CHECKOUT -> checkout.start(p);
            default -> procedures.start(p, step);
        }
    }

    private void examRoomGranted(int token, int room, double waited) {
        Patient p = ledger.get(token);
        p.granted(waited);
        p.examRoom = room;
        trace.seize(FlowTrace.Unit.EXAM_ROOM, room, p.id, sim.now());
        advance(p);
    }

    /** The patient leaves the exam room; its turnover begins (or it is free at once without turnover). */
    private void vacate(Patient p) {
        int room = p.examRoom;
        p.examRoom = -1;
        trace.free(FlowTrace.Unit.EXAM_ROOM, room, p.id, sim.now());
        if (turnover != null) {
            turnover.start(room, p.turnoverMinutes);
        } else {
            examRooms.release(room);
        }
    }

    /** Rooming has begun: a walk-in no longer leaves for lack of patience. */
    void roomingStarts(Patient p) {
        p.roomingStarted = true;
        if (p.patienceEvent >= 0) {
            sim.cancel(p.patienceEvent);
            p.patienceEvent = -1;
        }
    }

    private void patienceRunsOut(int slot) {
        Patient p = ledger.get(slot);
        p.patienceEvent = -1;
        if (p.inService != null) {
            p.leaveAfterCheckIn = true; // leaves once the desk is done with them
            return;
        }
        p.stopWaiting();
        leaveUnseen(p);
    }

    private void leaveUnseen(Patient p) {
        leaveRoomUnused(p);
        p.departure = sim.now();
        settle(p);
        ledger.discharge(p, PatientOutcome.LEFT_WITHOUT_BEING_SEEN);
    }

    /** Gives back an exam room the patient waited in but was not roomed or seen in: no turnover needed. */
    private void leaveRoomUnused(Patient p) {
        if (p.examRoom >= 0) {
            trace.free(FlowTrace.Unit.EXAM_ROOM, p.examRoom, p.id, sim.now());
            examRooms.release(p.examRoom);
            p.examRoom = -1;
        }
    }

    private void depart(Patient p) {
        p.departure = sim.now();
        settle(p);
        ledger.discharge(p, PatientOutcome.COMPLETED);
    }

    /** The patient needs nobody any more: lets staff kept on for them go. */
    private void settle(Patient p) {
        mas.patientLeft(p);
        if (p.needsMa) {
            p.needsMa = false;
            mas.patientDone();
        }
        if (p.needsDesk) {
            p.needsDesk = false;
            desk.patientDone();
        }
        providers.forget(p);
    }

    /**
     * Nobody who can do the patient's next MA task works the rest of today (a skill gap in the roster): rather than
     * wait in a room until midnight, keeping staff on, the patient is not seen and leaves now, giving back whatever
     * room they hold (the lab chair they were just given, too).
     */
    void sendAway(Patient p) {
        if (p.patienceEvent >= 0) {
            sim.cancel(p.patienceEvent);
            p.patienceEvent = -1;
        }
        if (p.examRoom >= 0 && p.roomingStarted) {
            vacate(p);
        }
        procedures.leaveSpecialRoom(p);
        leaveRoomUnused(p);
        settle(p);
        ledger.discharge(p, PatientOutcome.NOT_SEEN);
    }

    /** Ends the visit of everyone still in the clinic (or still to come) as not seen: the day is over. */
    void sweep() {
        for (Patient p : ledger.present()) {
            if (Double.isNaN(p.arrival)) {
                sim.cancel(p.event);
                p.event = -1;
                settle(p);
                ledger.discharge(p, p.noShow ? PatientOutcome.NO_SHOW : PatientOutcome.NOT_SEEN);
                continue;
            }
            if (p.patienceEvent >= 0) {
                sim.cancel(p.patienceEvent);
                p.patienceEvent = -1;
            }
            p.stopWaiting();
            if (p.inService != null) {
                p.inService.interrupt(p);
            }
            procedures.leaveSpecialRoom(p);
            leaveRoomUnused(p);
            settle(p);
            ledger.discharge(p, PatientOutcome.NOT_SEEN);
        }
    }
}
