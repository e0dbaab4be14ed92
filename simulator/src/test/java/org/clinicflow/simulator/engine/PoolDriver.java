package org.clinicflow.simulator.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Test fixture: a {@link Simulation} with one {@link ServerPool} named {@value #NAME}, fed with scripted patients.
 * Each patient arrives, requests a server, holds it for its service time and releases it; a patient with finite
 * patience withdraws if still waiting when it runs out. Everything the pool does is logged, and an optional
 * {@link Observer} is called at every grant and after every driver event so that properties can check invariants at
 * the moment they must hold.
 */
final class PoolDriver {
    static final String NAME = "mas";

    /**
     * One scripted patient; {@code patience} is infinite for a patient who never gives up; {@code preferred}: skills of
     * the servers the request prefers (0: none).
     */
    record Patient(double arrival, double service, int priority, long skills, double patience, long preferred) {
        Patient(double arrival, double service, int priority, long skills, double patience) {
            this(arrival, service, priority, skills, patience, 0L);
        }

        static Patient of(double arrival, double service) {
            return new Patient(arrival, service, 0, 0L, Double.POSITIVE_INFINITY);
        }

        Patient preferring(long bits) {
            return new Patient(arrival, service, priority, skills, patience, bits);
        }
    }

    record Grant(int token, int server, double time, double waited) { }

    record Release(int token, int server, double time) { }

    record ShiftEnd(int server, double scheduledEnd, double left) { }

    record Withdrawal(int token, double time, boolean returned, boolean wasWaiting) { }

    enum Status { NOT_ARRIVED, WAITING, IN_SERVICE, DONE, WITHDRAWN }

    /** Hooks for invariant checks; both run inside simulation events. */
    interface Observer {
        /** Called when the pool grants, before the driver updates its own bookkeeping. */
        default void onGrant(PoolDriver driver, Grant grant) { }

        /** Called at the end of every arrival, release and withdrawal event. */
        default void afterEvent(PoolDriver driver) { }

        /** Called from the pool's shift listener, before the driver logs the shift end. */
        default void onShiftEnd(PoolDriver driver, ShiftEnd end) { }

        static Observer none() {
            return new Observer() { };
        }

        static Observer atGrant(BiConsumer<PoolDriver, Grant> check) {
            return new Observer() {
                @Override
                public void onGrant(PoolDriver driver, Grant grant) {
                    check.accept(driver, grant);
                }
            };
        }

        static Observer afterEach(Consumer<PoolDriver> check) {
            return new Observer() {
                @Override
                public void afterEvent(PoolDriver driver) {
                    check.accept(driver);
                }
            };
        }
    }

    final Simulation sim = new Simulation();
    final ServerPool pool;
    private final List<Patient> patients = new ArrayList<>();
    private final List<Status> status = new ArrayList<>();
    private final Map<Integer, DutyCalendar> calendars = new HashMap<>();
    private final int[] holding;
    private Observer observer = Observer.none();
    private ServerPool.EndOfShift endOfShift = ServerPool.EndOfShift.FINISH_TASK;

    final List<Grant> grants = new ArrayList<>();
    final List<Release> releases = new ArrayList<>();
    final List<ShiftEnd> shiftEnds = new ArrayList<>();
    final List<Withdrawal> withdrawals = new ArrayList<>();

    private final GrantListener onGrant = this::granted;
    private final EventHandler onArrival = this::arrive;
    private final EventHandler onRelease = this::release;
    private final EventHandler onGiveUp = this::giveUp;

    PoolDriver(int servers, ServerPool.Discipline discipline) {
        pool = new ServerPool(sim, NAME, servers, discipline);
        holding = new int[servers];
        Arrays.fill(holding, -1);
        pool.setShiftListener((s, end, left) -> {
            ShiftEnd e = new ShiftEnd(s, end, left);
            observer.onShiftEnd(this, e);
            shiftEnds.add(e);
        });
    }

    PoolDriver(int servers) {
        this(servers, ServerPool.Discipline.FIFO);
    }

    PoolDriver observe(Observer o) {
        this.observer = o;
        return this;
    }

    PoolDriver calendar(int server, DutyPeriod... periods) {
        return calendar(server, DutyCalendar.of(periods));
    }

    PoolDriver calendar(int server, DutyCalendar calendar) {
        pool.setCalendar(server, calendar);
        calendars.put(server, calendar);
        return this;
    }

    PoolDriver endOfShift(ServerPool.EndOfShift policy) {
        pool.setEndOfShift(policy);
        this.endOfShift = policy;
        return this;
    }

    ServerPool.EndOfShift endOfShift() {
        return endOfShift;
    }

    PoolDriver skills(int server, long bits) {
        pool.setSkills(server, bits);
        return this;
    }

    /** Adds a patient (arrival scheduled now, so patients added in time order arrive in that order); its token. */
    int patient(Patient p) {
        int token = patients.size();
        patients.add(p);
        status.add(Status.NOT_ARRIVED);
        sim.scheduleAt(p.arrival(), onArrival, token);
        return token;
    }

    int patient(double arrival, double service) {
        return patient(Patient.of(arrival, service));
    }

    PoolDriver run() {
        sim.run();
        return this;
    }

    PoolDriver runUntil(double horizon) {
        sim.runUntil(horizon);
        return this;
    }

    // ---- queries

    List<Patient> patients() {
        return patients;
    }

    Patient patientOf(int token) {
        return patients.get(token);
    }

    Status status(int token) {
        return status.get(token);
    }

    long count(Status s) {
        return status.stream().filter(x -> x == s).count();
    }

    /** The token a server is serving, or -1. */
    int holding(int server) {
        return holding[server];
    }

    int holdingCount() {
        return (int) Arrays.stream(holding).filter(t -> t >= 0).count();
    }

    /** The server's calendar, or null when it is on duty throughout. */
    DutyCalendar calendarOf(int server) {
        return calendars.get(server);
    }

    Grant grantOf(int token) {
        return grants.stream().filter(g -> g.token() == token).findFirst().orElse(null);
    }

    List<Grant> grantsTo(int server) {
        return grants.stream().filter(g -> g.server() == server).toList();
    }

    List<ShiftEnd> shiftEndsOf(int server) {
        return shiftEnds.stream().filter(e -> e.server() == server).toList();
    }

    /** Service intervals [grant, release) of a server; release is +infinity while still in service. */
    List<double[]> tasksOf(int server) {
        List<double[]> out = new ArrayList<>();
        for (Grant g : grantsTo(server)) {
            double end = releases.stream().filter(r -> r.token() == g.token()).mapToDouble(Release::time)
                    .findFirst().orElse(Double.POSITIVE_INFINITY);
            out.add(new double[] {g.time(), end});
        }
        return out;
    }

    static boolean canServe(long serverSkills, long required) {
        return (required & ~serverSkills) == 0;
    }

    // ---- events

    private void arrive(int token) {
        status.set(token, Status.WAITING);
        Patient p = patients.get(token);
        pool.request(onGrant, token, p.priority(), p.skills(), p.preferred());
        if (p.patience() != Double.POSITIVE_INFINITY && status.get(token) == Status.WAITING) {
            sim.schedule(p.patience(), onGiveUp, token);
        }
        observer.afterEvent(this);
    }

    private void granted(int token, int server, double waited) {
        Grant g = new Grant(token, server, sim.now(), waited);
        observer.onGrant(this, g);
        grants.add(g);
        holding[server] = token;
        status.set(token, Status.IN_SERVICE);
        sim.schedule(patients.get(token).service(), onRelease, server);
    }

    private void release(int server) {
        int token = holding[server];
        holding[server] = -1;
        status.set(token, Status.DONE);
        releases.add(new Release(token, server, sim.now()));
        pool.release(server);
        observer.afterEvent(this);
    }

    private void giveUp(int token) {
        boolean wasWaiting = status.get(token) == Status.WAITING;
        boolean returned = pool.withdraw(onGrant, token);
        withdrawals.add(new Withdrawal(token, sim.now(), returned, wasWaiting));
        if (returned) {
            status.set(token, Status.WITHDRAWN);
        }
        observer.afterEvent(this);
    }
}
