package org.clinicflow.simulator.clinic.flow;

import org.clinicflow.simulator.clinic.RoomKind;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;

/**
 * One patient's visit while it runs: who they are and what was drawn for them when they were created (so two rosters
 * see the same patients), their itinerary of steps, where they are and what they hold, and the times that become their
 * {@code PatientRecord}.
 */
final class Patient {
    /** Itinerary codes; procedures are 0 and up (their position in {@link #procedure}). */
    static final int CHECK_IN = -1;
    static final int ROOMING = -2;
    static final int EXAM = -3;
    static final int CHECKOUT = -4;

    final long id;
    final int day;
    final boolean walkIn;
    final int visitType;
    final double appointment;

    // Drawn at creation.
    boolean noShow;
    double plannedArrival;
    double checkInMinutes;
    double roomingMinutes;
    double examMinutes;
    double checkoutMinutes;
    double turnoverMinutes;
    double patience = Double.NaN;
    int[] procedure;
    double[] procedureMinutes;
    int[] itinerary;
    int lastMaStep;

    // Who and where.
    int provider = -1;
    int session = -1;
    int pod = -1;
    boolean late;
    int slot = -1;
    int next;
    int pendingStep;
    int examRoom = -1;
    int specialRoom = -1;
    RoomKind specialKind;
    int currentProcedure = -1;
    int proceduresAheadFrom = -1; // procedures from here on are known MA work ahead (-1: not known yet)
    int server = -1;
    PatientStep inService;
    double serviceStart;
    double requested;
    ServerPool waitingAt;
    GrantListener waitingFor;
    long event = -1;
    long patienceEvent = -1;
    boolean roomingStarted;
    boolean leaveAfterCheckIn;
    boolean providerExpected;
    boolean providerWaiting;
    boolean needsMa;
    boolean needsDesk;

    // The record.
    double arrival = Double.NaN;
    double checkInStart = Double.NaN;
    double checkInEnd = Double.NaN;
    double roomingStart = Double.NaN;
    double roomingEnd = Double.NaN;
    double providerStart = Double.NaN;
    double providerEnd = Double.NaN;
    double departure = Double.NaN;
    double queueMinutes;
    int proceduresDone;
    int proceduresCancelled;

    Patient(long id, int day, boolean walkIn, int visitType, double appointment) {
        this.id = id;
        this.day = day;
        this.walkIn = walkIn;
        this.visitType = visitType;
        this.appointment = appointment;
    }

    /** The patient now waits in {@code pool}'s queue for {@code listener}'s grant. */
    void waitFor(ServerPool pool, GrantListener listener) {
        waitingAt = pool;
        waitingFor = listener;
    }

    /** Granted after waiting {@code waited} minutes. */
    void granted(double waited) {
        waitingAt = null;
        waitingFor = null;
        queueMinutes += waited;
    }

    /** Takes the patient out of whatever queue they wait in. */
    void stopWaiting() {
        if (waitingAt != null) {
            waitingAt.withdraw(waitingFor, slot);
            waitingAt = null;
            waitingFor = null;
        }
    }
}
