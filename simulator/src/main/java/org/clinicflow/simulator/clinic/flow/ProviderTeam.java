package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.ProviderSessionRecord;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/**
 * The providers: one server each, on a calendar of their sessions, late patients seen after punctual ones. A provider
 * stays past the session's end until every patient booked into it or an earlier session (or walked in and assigned to
 * it) has been seen or has gone. Walk-ins either queue for any walk-in provider (when those share one pod, as in urgent
 * care) or are assigned on arrival to the walk-in provider in session with the least work waiting.
 */
final class ProviderTeam {
    static final int ON_TIME = 0;
    static final int LATE = 1;

    private final Simulation sim;
    private final ClinicObserver observer;
    private final FlowTrace trace;
    private final ServerPool pool;
    private final Provider[] providers;
    private final ProviderSessions sessions;
    private final int[][] pending;
    private final int[] waiting;
    private final boolean pooled;
    private final int pooledPod;
    private final long walkInBit;
    private int pooledPending;
    private final int[] recordCursor;
    private final double[] busyInSession;
    private final double[] lastDone;

    ProviderTeam(Simulation sim, ClinicIndex index, ProviderSessions sessions, ClinicObserver observer,
                 FlowTrace trace) {
        this.sim = sim;
        this.observer = observer;
        this.trace = trace;
        this.sessions = sessions;
        this.providers = index.providers.toArray(Provider[]::new);
        int n = providers.length;
        SkillBits.requireFits(n + 1, "providers");
        walkInBit = 1L << n;
        pool = new ServerPool(sim, "providers", n, ServerPool.Discipline.PRIORITY);
        pool.setEndOfShift(ServerPool.EndOfShift.CLEAR_QUEUE_IF_LAST);
        pending = new int[n][];
        waiting = new int[n];
        recordCursor = new int[n];
        busyInSession = new double[n];
        lastDone = new double[n];
        int[] pods = index.providerPod;
        List<Integer> walkInProviders = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            pool.setCalendar(p, sessions.calendar(p));
            pending[p] = new int[sessions.count(p)];
            if (providers[p].acceptsWalkIns()) {
                walkInProviders.add(p);
            }
        }
        pooled = !walkInProviders.isEmpty() && walkInProviders.stream().map(p -> pods[p]).distinct().count() == 1;
        pooledPod = pooled ? pods[walkInProviders.get(0)] : -1;
        for (int p = 0; p < n; p++) {
            pool.setSkills(p, (1L << p) | (pooled && providers[p].acceptsWalkIns() ? walkInBit : 0));
        }
        pool.setShiftListener(this::sessionEnded);
        pool.setOvertimeHold(this::holds);
    }

    ServerPool pool() {
        return pool;
    }

    Provider provider(int p) {
        return providers[p];
    }

    /** True when walk-ins queue for whichever walk-in provider is free first. */
    boolean pooledWalkIns() {
        return pooled;
    }

    /** The pod pooled walk-ins are roomed in. */
    int pooledPod() {
        return pooledPod;
    }

    /**
     * Assigns a walk-in arriving now to the walk-in provider in session with the least work waiting (ties: clinic
     * order), else the one whose next session today starts first. Returns {provider, session}, or null if no walk-in
     * provider works the rest of today.
     */
    int[] assignWalkIn(double now) {
        int best = -1;
        int bestSession = -1;
        for (int p = 0; p < providers.length; p++) {
            int k = providers[p].acceptsWalkIns() ? sessions.sessionAt(p, now) : -1;
            if (k >= 0 && (best < 0 || waiting[p] < waiting[best])) {
                best = p;
                bestSession = k;
            }
        }
        if (best >= 0) {
            return new int[] {best, bestSession};
        }
        for (int p = 0; p < providers.length; p++) {
            int k = providers[p].acceptsWalkIns() ? sessions.nextSessionToday(p, now) : -1;
            if (k >= 0 && (best < 0 || sessions.start(p, k) < sessions.start(best, bestSession))) {
                best = p;
                bestSession = k;
            }
        }
        return best >= 0 ? new int[] {best, bestSession} : null;
    }

    /** A patient who will see a provider is on the way: keeps the provider (or the pooled walk-in desk) on for them. */
    void expect(Patient p) {
        if (p.provider >= 0) {
            pending[p.provider][p.session]++;
        } else {
            pooledPending++;
        }
        p.providerExpected = true;
    }

    /** The patient is in the clinic, waiting to be seen: counts as work waiting for their provider. */
    void arrived(Patient p) {
        if (p.provider >= 0) {
            waiting[p.provider]++;
            p.providerWaiting = true;
        }
    }

    void request(GrantListener listener, Patient p) {
        long mask = p.provider >= 0 ? 1L << p.provider : walkInBit;
        pool.request(listener, p.slot, p.late ? LATE : ON_TIME, mask);
    }

    /** The provider starts the exam. */
    void started(int server, Patient p) {
        if (p.provider < 0) {
            p.provider = server;
        }
        trace.seize(FlowTrace.Unit.PROVIDER, server, p.id, sim.now());
        forget(p, server);
    }

    /** The patient will not be seen by a provider after all (left, or swept at the end of the day). */
    void forget(Patient p) {
        forget(p, p.provider);
    }

    private void forget(Patient p, int provider) {
        if (p.providerWaiting) {
            p.providerWaiting = false;
            waiting[provider]--;
        }
        if (p.providerExpected) {
            p.providerExpected = false;
            boolean lastOne = p.session >= 0 ? --pending[provider][p.session] == 0 : --pooledPending == 0;
            if (lastOne) {
                pool.recheckHolds();
            }
        }
    }

    /** The exam is over: counts the minutes within the session, then frees the provider. */
    void finished(int server, Patient p, double started) {
        int k = Math.min(recordCursor[server], sessions.count(server) - 1);
        double now = sim.now();
        busyInSession[server] += Math.max(0, Math.min(now, sessions.end(server, k))
                - Math.max(started, sessions.start(server, k)));
        lastDone[server] = Math.max(lastDone[server], now);
        trace.free(FlowTrace.Unit.PROVIDER, server, p.id, now);
        pool.release(server);
    }

    private boolean holds(int server, double scheduledEnd) {
        // Patients of this session or an earlier one still to be seen (a late patient of the morning, kept waiting for
        // a room, is still the provider's to see when the afternoon session ends).
        for (int k = recordCursor[server]; k >= 0; k--) {
            if (pending[server][k] > 0) {
                return true;
            }
        }
        if (!pooled || !providers[server].acceptsWalkIns() || pooledPending == 0
                || pool.inShiftCount(walkInBit) > 0) {
            return false;
        }
        for (int p = 0; p < providers.length; p++) {
            if (p != server && pool.isHeld(p) && providers[p].acceptsWalkIns()) {
                return false;
            }
        }
        return true;
    }

    private void sessionEnded(int server, double scheduledEnd, double left) {
        int k = recordCursor[server]++;
        if (sessions.end(server, k) != scheduledEnd) {
            throw new IllegalStateException("session records out of step for " + providers[server].id());
        }
        double start = sessions.start(server, k);
        double done = lastDone[server] > start ? lastDone[server] : start;
        observer.providerSession(new ProviderSessionRecord(providers[server].id(), sessions.day(server, k), start,
                scheduledEnd, done, busyInSession[server]));
        busyInSession[server] = 0;
        lastDone[server] = 0;
    }
}
