package org.clinicflow.simulator.engine;

import java.util.Arrays;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.stats.Responses;
import org.clinicflow.simulator.stats.Statistic;
import org.clinicflow.simulator.stats.Tally;
import org.clinicflow.simulator.stats.TimeWeighted;

/**
 * A pool of servers (MAs, rooms, providers) with one queue of requests, FIFO or by priority. Each server may carry a
 * skill set (a request names the skills it needs) and a duty calendar; without one it is on duty throughout. A server
 * busy when its duty period ends finishes the task and its time past the end is recorded as overtime; a server busy at
 * a planned break takes the break when the task is done. An {@link OvertimeHold} can keep a server on past its period
 * while work is known to be on its way to it (the last MA stays while patients are still to be roomed), and a server can
 * be blocked while the person behind it is busy on another server (one MA on two stations). A request may prefer some
 * servers (the MAs of the task's own station) and falls back to any server holding its skills once none of those is on
 * duty, so no request waits for servers who have gone home. Statistics: waiting time, queue length, busy and available
 * servers, utilization (busy / available time) and overtime per duty period.
 */
public final class ServerPool {
    /** Order in which waiting requests are served. */
    public enum Discipline { FIFO, PRIORITY }

    /**
     * What a server does when its duty period ends. FINISH_TASK: finishes the task in hand, then leaves.
     * CLEAR_QUEUE_IF_LAST: also stays (in overtime) to serve waiting requests that no other server still on duty could
     * serve, as the last provider or MA of the day does; leaves when none are left.
     */
    public enum EndOfShift { FINISH_TASK, CLEAR_QUEUE_IF_LAST }

    private static final int OFF = 0;
    private static final int IDLE = 1;
    private static final int BUSY = 2;
    private static final int ON_BREAK = 3;

    private static final int T_START = 0;
    private static final int T_BREAK = 1;
    private static final int T_END = 2;

    private final Simulation sim;
    private final String name;
    private final Discipline discipline;
    private final int servers;
    private final int[] state;
    private final long[] skills;
    private final double[] idleSince;
    private final boolean[] inShift;
    private final boolean[] available;
    private final boolean[] leavingAfterTask;
    private final boolean[] held;
    private final boolean[] blocked;
    private final double[] pendingBreak;
    private final double[] scheduledEnd;
    private final long[] breakEndHandle;
    private final long[] transitionHandle;

    // Calendar transitions per server, flattened: time, kind, and (for breaks) duration or (for starts) period end.
    private final double[][] transitionTime;
    private final int[][] transitionKind;
    private final double[][] transitionValue;
    private final int[] cursor;

    private final RequestQueue queue = new RequestQueue();
    private int busyCount;
    private int availableCount;

    private final Tally waits;
    private final TimeWeighted queueLength;
    private final TimeWeighted busy;
    private final TimeWeighted availableServers;
    private final Tally overtime;
    private ShiftListener shiftListener = (s, end, left) -> { };
    private EndOfShift endOfShift = EndOfShift.FINISH_TASK;
    private OvertimeHold overtimeHold = (s, end) -> false;

    private final EventHandler onTransition = this::onTransition;
    private final EventHandler onBreakEnd = this::onBreakEnd;

    /** A pool of {@code servers} servers, all on duty from now on unless given a calendar before the run. */
    public ServerPool(Simulation sim, String name, int servers, Discipline discipline) {
        if (servers < 0) {
            throw new ModelInputException(name + " servers", "must be 0 or more, got " + servers);
        }
        this.sim = sim;
        this.name = name;
        this.discipline = discipline;
        this.servers = servers;
        state = new int[servers];
        skills = new long[servers];
        idleSince = new double[servers];
        inShift = new boolean[servers];
        available = new boolean[servers];
        leavingAfterTask = new boolean[servers];
        held = new boolean[servers];
        blocked = new boolean[servers];
        pendingBreak = new double[servers];
        scheduledEnd = new double[servers];
        breakEndHandle = new long[servers];
        transitionHandle = new long[servers];
        Arrays.fill(transitionHandle, -1);
        transitionTime = new double[servers][];
        transitionKind = new int[servers][];
        transitionValue = new double[servers][];
        cursor = new int[servers];
        Arrays.fill(state, IDLE);
        Arrays.fill(inShift, true);
        Arrays.fill(available, true);
        Arrays.fill(scheduledEnd, Double.POSITIVE_INFINITY);
        Arrays.fill(idleSince, sim.now());
        availableCount = servers;

        waits = sim.tally(name + ".wait");
        queueLength = sim.timeWeighted(name + ".queueLength", 0);
        busy = sim.timeWeighted(name + ".busy", 0);
        availableServers = sim.timeWeighted(name + ".available", servers);
        overtime = sim.tally(name + ".overtime");
        sim.register(new Utilization());
    }

    public ServerPool(Simulation sim, String name, int servers) {
        this(sim, name, servers, Discipline.FIFO);
    }

    public String name() {
        return name;
    }

    public int serverCount() {
        return servers;
    }

    /** Gives a server its skills, as a bit set; a request is served only by a server holding all it requires. */
    public void setSkills(int server, long skillBits) {
        skills[server] = skillBits;
    }

    public long skills(int server) {
        return skills[server];
    }

    /** Sets what servers do at the end of their duty periods (default FINISH_TASK). */
    public void setEndOfShift(EndOfShift policy) {
        this.endOfShift = policy;
    }

    /** Called when a server leaves at the end of a duty period, with its scheduled end and the time it left. */
    public void setShiftListener(ShiftListener listener) {
        this.shiftListener = listener;
    }

    /**
     * Keeps servers on past the end of their duty period, idle and available, while {@code hold} says work is still on
     * its way to them; a held server leaves when the hold lets go (checked when it finishes a task, when any server
     * comes on duty, and on {@link #recheckHolds}).
     */
    public void setOvertimeHold(OvertimeHold hold) {
        this.overtimeHold = hold;
    }

    /** Lets every held server whose hold no longer applies go home (or serve work only it can do). */
    public void recheckHolds() {
        for (int s = 0; s < servers; s++) {
            if (held[s] && state[s] == IDLE) {
                settleAfterPeriod(s);
            }
        }
    }

    /** True while a server stays past its period end because its overtime hold applies. */
    public boolean isHeld(int server) {
        return held[server];
    }

    /**
     * Blocks a server from taking new work (the person behind it is busy elsewhere) or unblocks it, whereupon an idle
     * server takes the next request it may serve. A task in hand is not affected.
     */
    public void setBlocked(int server, boolean block) {
        if (blocked[server] == block) {
            return;
        }
        blocked[server] = block;
        if (!block && state[server] == IDLE) {
            if (held[server]) {
                settleAfterPeriod(server);
            } else {
                serveNextOrIdle(server);
            }
        }
    }

    public boolean isBlocked(int server) {
        return blocked[server];
    }

    /**
     * Puts a server on a duty calendar: off duty until its first period starts. Call before the run, while the server
     * is idle.
     */
    public void setCalendar(int server, DutyCalendar calendar) {
        if (state[server] == BUSY) {
            throw new IllegalStateException(name + " server " + server + " is busy; set calendars before the run");
        }
        int n = 0;
        for (DutyPeriod p : calendar.periods()) {
            n += 2 + p.breaks().size();
        }
        double[] t = new double[n];
        int[] k = new int[n];
        double[] v = new double[n];
        int i = 0;
        for (DutyPeriod p : calendar.periods()) {
            t[i] = p.start();
            k[i] = T_START;
            v[i++] = p.end();
            for (DutyBreak b : p.breaks()) {
                t[i] = b.start();
                k[i] = T_BREAK;
                v[i++] = b.duration();
            }
            t[i] = p.end();
            k[i] = T_END;
            v[i++] = p.end();
        }
        if (transitionHandle[server] >= 0) {
            sim.cancel(transitionHandle[server]); // a calendar set earlier is replaced, not merged
            transitionHandle[server] = -1;
        }
        transitionTime[server] = t;
        transitionKind[server] = k;
        transitionValue[server] = v;
        cursor[server] = 0;
        if (available[server]) {
            available[server] = false;
            availableCount--;
            availableServers.set(availableCount);
        }
        state[server] = OFF;
        inShift[server] = false;
        scheduledEnd[server] = Double.POSITIVE_INFINITY;
        if (n > 0) {
            transitionHandle[server] = sim.scheduleAt(Math.max(t[0], sim.now()), onTransition, server);
        }
    }

    /** Asks for one server, FIFO, with no skill requirement. */
    public void request(GrantListener listener, int token) {
        request(listener, token, 0, 0L);
    }

    /**
     * Asks for one server holding {@code requiredSkills}. The listener is called (possibly at once) when a server is
     * granted. With the PRIORITY discipline, lower {@code priority} numbers are served first; FIFO ignores it.
     */
    public void request(GrantListener listener, int token, int priority, long requiredSkills) {
        request(listener, token, priority, requiredSkills, 0L);
    }

    /**
     * Asks for one server holding {@code requiredSkills}, preferring those that also hold {@code preferredSkills} (the
     * MAs of the task's own station): while one of them is on duty and not on break, only they take the request; once
     * none is, now or later while the request waits (they went off duty or on break), any server holding
     * {@code requiredSkills} may take it. So a preference never strands a request.
     */
    public void request(GrantListener listener, int token, int priority, long requiredSkills, long preferredSkills) {
        long required = requiredSkills | preferredSkills;
        if (required != requiredSkills && onDutyCount(required) == 0) {
            required = requiredSkills;
        }
        int s = pickIdle(required);
        if (s >= 0) {
            grant(s, listener, token, 0.0);
            return;
        }
        queue.add(listener, token, discipline == Discipline.PRIORITY ? priority : 0, required, requiredSkills,
                sim.now());
        queueLength.set(queue.size());
    }

    /** Takes a waiting request out of the queue (a patient who gives up); false if it is not waiting. */
    public boolean withdraw(GrantListener listener, int token) {
        int i = queue.find(listener, token);
        if (i < 0) {
            return false;
        }
        queue.remove(i);
        queueLength.set(queue.size());
        return true;
    }

    /** The server finished its task. */
    public void release(int server) {
        if (state[server] != BUSY) {
            throw new IllegalStateException(name + " server " + server + " released while not busy");
        }
        busyCount--;
        busy.set(busyCount);
        if (leavingAfterTask[server]) {
            state[server] = IDLE;
            idleSince[server] = sim.now();
            settleAfterPeriod(server);
        } else if (pendingBreak[server] > 0) {
            startBreak(server, pendingBreak[server]);
        } else {
            serveNextOrIdle(server);
        }
    }

    /** Servers now within a duty period (on break included) holding every skill in {@code requiredSkills}. */
    public int inShiftCount(long requiredSkills) {
        int n = 0;
        for (int s = 0; s < servers; s++) {
            if (inShift[s] && (requiredSkills & ~skills[s]) == 0) {
                n++;
            }
        }
        return n;
    }

    /** Servers within a duty period and not on break holding every skill in {@code requiredSkills}. */
    public int onDutyCount(long requiredSkills) {
        int n = 0;
        for (int s = 0; s < servers; s++) {
            if (inShift[s] && state[s] != ON_BREAK && (requiredSkills & ~skills[s]) == 0) {
                n++;
            }
        }
        return n;
    }

    public int busyCount() {
        return busyCount;
    }

    /** Servers in their duty period and not on break (plus any finishing a task past their period's end). */
    public int availableCount() {
        return availableCount;
    }

    public int queueLength() {
        return queue.size();
    }

    public boolean isBusy(int server) {
        return state[server] == BUSY;
    }

    public boolean isAvailable(int server) {
        return available[server];
    }

    /** Total overtime recorded so far (since the last statistics reset), in minutes. */
    public double overtimeMinutes() {
        return overtime.count() == 0 ? 0 : overtime.mean() * overtime.count();
    }

    public Tally waits() {
        return waits;
    }

    public TimeWeighted busyServers() {
        return busy;
    }

    public TimeWeighted queueLengthStatistic() {
        return queueLength;
    }

    public TimeWeighted availableServers() {
        return availableServers;
    }

    public Tally overtimePerPeriod() {
        return overtime;
    }

    /** The idle server longest idle, preferring servers within their period to those held past it; -1 if none. */
    private int pickIdle(long required) {
        if (busyCount == servers) {
            return -1; // the common case under heavy load: nobody is idle, skip the scan
        }
        double now = sim.now();
        int best = -1;
        boolean bestHeld = true;
        double bestSince = Double.POSITIVE_INFINITY;
        for (int s = 0; s < servers; s++) {
            // A duty period is [start, end): no new work at its end unless the server is held on past it.
            if (state[s] != IDLE || blocked[s] || (required & ~skills[s]) != 0 || (now >= scheduledEnd[s] && !held[s])) {
                continue;
            }
            boolean h = held[s];
            if (best < 0 || (bestHeld && !h) || (bestHeld == h && idleSince[s] < bestSince)) {
                best = s;
                bestHeld = h;
                bestSince = idleSince[s];
            }
        }
        return best;
    }

    private void grant(int server, GrantListener listener, int token, double waited) {
        if (held[server]) {
            held[server] = false;
            leavingAfterTask[server] = true;
        }
        state[server] = BUSY;
        busyCount++;
        busy.set(busyCount);
        waits.add(waited);
        listener.granted(token, server, waited);
    }

    private void serveNextOrIdle(int server) {
        // A duty period is [start, end): at its end the server takes no new work, even if the end event is still due.
        int i = blocked[server] || sim.now() >= scheduledEnd[server] ? -1 : queue.firstEligible(skills[server]);
        if (i < 0) {
            state[server] = IDLE;
            idleSince[server] = sim.now();
            return;
        }
        serveAt(server, i);
    }

    private void serveAt(int server, int i) {
        GrantListener l = queue.listenerAt(i);
        int tok = queue.tokenAt(i);
        double waited = sim.now() - queue.enqueuedAt(i);
        queue.remove(i);
        queueLength.set(queue.size());
        grant(server, l, tok, waited);
    }

    private void onTransition(int server) {
        int i = cursor[server]++;
        // Schedule the next calendar event first: at an instant where a break ends and the next break or the period
        // end is due, the calendar event then runs before the break end, so no task slips in between.
        if (cursor[server] < transitionTime[server].length) {
            transitionHandle[server] =
                    sim.scheduleAt(Math.max(transitionTime[server][cursor[server]], sim.now()), onTransition, server);
        } else {
            transitionHandle[server] = -1;
        }
        double value = transitionValue[server][i];
        int kind = transitionKind[server][i];
        switch (kind) {
            case T_START -> startShift(server, value);
            case T_BREAK -> breakDue(server, value);
            default -> endShift(server);
        }
        if (kind == T_START) {
            recheckHolds(); // a colleague coming on duty may relieve a server held past its period
        }
    }

    private void startShift(int server, double end) {
        inShift[server] = true;
        boolean wasHeld = held[server];
        if ((state[server] == BUSY && leavingAfterTask[server]) || wasHeld) {
            // Back-to-back periods: the overtime of the previous period runs up to now, then duty resumes.
            leavingAfterTask[server] = false;
            held[server] = false;
            recordShiftEnd(server, sim.now());
        }
        scheduledEnd[server] = end;
        makeAvailable(server);
        if (state[server] == OFF || wasHeld) {
            serveNextOrIdle(server);
        }
    }

    private void breakDue(int server, double duration) {
        if (state[server] == IDLE) {
            startBreak(server, duration);
        } else if (state[server] == BUSY || state[server] == ON_BREAK) {
            // Busy, or still on a break taken late: this break follows as soon as the server is free.
            pendingBreak[server] += duration;
        }
    }

    private void startBreak(int server, double duration) {
        pendingBreak[server] = 0;
        state[server] = ON_BREAK;
        makeUnavailable(server);
        breakEndHandle[server] = sim.schedule(duration, onBreakEnd, server);
        fallBackWherePreferredAreGone();
    }

    private void onBreakEnd(int server) {
        if (state[server] != ON_BREAK) {
            return;
        }
        if (pendingBreak[server] > 0) {
            startBreak(server, pendingBreak[server]);
            return;
        }
        makeAvailable(server);
        serveNextOrIdle(server);
    }

    private void endShift(int server) {
        inShift[server] = false;
        pendingBreak[server] = 0;
        fallBackWherePreferredAreGone(); // before this server settles, so it does not stay for work others can take
        switch (state[server]) {
            case BUSY -> leavingAfterTask[server] = true;
            case IDLE -> settleAfterPeriod(server);
            case ON_BREAK -> {
                // The break ends with the period; the last one out still clears the queue.
                sim.cancel(breakEndHandle[server]);
                state[server] = IDLE;
                idleSince[server] = sim.now();
                makeAvailable(server);
                settleAfterPeriod(server);
            }
            default -> { }
        }
    }

    /**
     * An idle server past its period end: serves waiting work only it can do (under CLEAR_QUEUE_IF_LAST), stays idle
     * and available while its overtime hold applies (or while such work waits for it to be unblocked), or leaves.
     */
    private void settleAfterPeriod(int server) {
        int i = lastOneOutRequest(server);
        if (i >= 0 && !blocked[server]) {
            held[server] = false;
            leavingAfterTask[server] = true;
            serveAt(server, i);
            return;
        }
        leavingAfterTask[server] = false;
        if (i >= 0 || overtimeHold.holds(server, scheduledEnd[server])) {
            held[server] = true;
            return;
        }
        held[server] = false;
        leave(server);
    }

    /**
     * A server went off duty or on break: every waiting request none of whose preferred servers is still on duty (and
     * not on break) falls back to its required skills, and is served at once if an idle server now may take it.
     */
    private void fallBackWherePreferredAreGone() {
        int i = queue.nextPreferring(-1);
        while (i >= 0) {
            if (onDutyCount(queue.requiredAt(i)) > 0) {
                i = queue.nextPreferring(i);
                continue;
            }
            queue.fallBack(i);
            int s = pickIdle(queue.requiredAt(i));
            if (s >= 0) {
                serveAt(s, i); // the grant may change the queue: look again from the head
                i = queue.nextPreferring(-1);
            } else {
                i = queue.nextPreferring(i);
            }
        }
    }

    /**
     * Under CLEAR_QUEUE_IF_LAST, the first waiting request this server can serve and no other server still on duty
     * could; -1 if none (or under FINISH_TASK).
     */
    private int lastOneOutRequest(int server) {
        if (endOfShift != EndOfShift.CLEAR_QUEUE_IF_LAST) {
            return -1;
        }
        int i = queue.firstEligible(skills[server]);
        while (i >= 0) {
            if (!anotherOnDutyCouldServe(server, queue.requiredAt(i))) {
                return i;
            }
            i = queue.nextEligible(i, skills[server]);
        }
        return -1;
    }

    private boolean anotherOnDutyCouldServe(int server, long required) {
        for (int t = 0; t < servers; t++) {
            if (t != server && inShift[t] && (required & ~skills[t]) == 0) {
                return true;
            }
        }
        return false;
    }

    private void leave(int server) {
        state[server] = OFF;
        makeUnavailable(server);
        recordShiftEnd(server, sim.now());
    }

    private void recordShiftEnd(int server, double left) {
        double end = scheduledEnd[server];
        overtime.add(Math.max(0, left - end));
        shiftListener.shiftEnded(server, end, left);
    }

    private void makeAvailable(int server) {
        if (!available[server]) {
            available[server] = true;
            availableCount++;
            availableServers.set(availableCount);
        }
    }

    private void makeUnavailable(int server) {
        if (available[server]) {
            available[server] = false;
            availableCount--;
            availableServers.set(availableCount);
        }
    }

    /** Busy time over available time since the last reset. */
    private final class Utilization implements Statistic {
        @Override
        public String name() {
            return name + ".utilization";
        }

        @Override
        public void reset(double now) {
            // derived from busy and available, which reset themselves
        }

        @Override
        public void report(Responses.Builder out, double now) {
            double avail = availableServers.area(now);
            out.put(name(), avail > 0 ? busy.area(now) / avail : Double.NaN);
        }
    }
}
