package org.clinicflow.simulator.clinic.flow;

import java.util.List;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.clinic.results.MaShiftRecord;
import org.clinicflow.simulator.clinic.results.MaTaskRecord;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/**
 * A pool of people, one server per {@link StaffPost}, on the posts' duty calendars. Reports each MA shift as worked
 * (when they left, minutes busy) and each MA task, and keeps MAs in one place at a time through {@link MaWhereabouts}.
 */
final class StaffPool {
    private final Simulation sim;
    private final ServerPool pool;
    private final StaffPost[] posts;
    private final int[] shiftCursor;
    private final double[][] shiftStart;
    private final double[][] shiftEnd;
    private final double[] busyMinutes;
    private final MaWhereabouts whereabouts;
    private final ClinicObserver observer;
    private final FlowTrace trace;

    StaffPool(Simulation sim, String name, List<StaffPost> posts, ServerPool.Discipline discipline,
              MaWhereabouts whereabouts, ClinicObserver observer, FlowTrace trace) {
        this.sim = sim;
        this.posts = posts.toArray(StaffPost[]::new);
        this.pool = new ServerPool(sim, name, this.posts.length, discipline);
        this.shiftCursor = new int[this.posts.length];
        this.shiftStart = new double[this.posts.length][];
        this.shiftEnd = new double[this.posts.length][];
        this.busyMinutes = new double[this.posts.length];
        this.whereabouts = whereabouts;
        this.observer = observer;
        this.trace = trace;
        pool.setEndOfShift(ServerPool.EndOfShift.CLEAR_QUEUE_IF_LAST);
        pool.setShiftListener(this::shiftEnded);
        for (int s = 0; s < this.posts.length; s++) {
            shiftStart[s] = this.posts[s].shifts().stream().mapToDouble(RosteredShift::start).toArray();
            shiftEnd[s] = this.posts[s].shifts().stream().mapToDouble(RosteredShift::end).toArray();
            pool.setCalendar(s, this.posts[s].calendar());
            if (this.posts[s].isMedicalAssistant()) {
                whereabouts.add(this.posts[s].ma(), pool, s);
            }
        }
    }

    ServerPool pool() {
        return pool;
    }

    StaffPost post(int server) {
        return posts[server];
    }

    /** True if no server other than {@code server} is held past its period. */
    boolean noOtherHeld(int server) {
        for (int s = 0; s < posts.length; s++) {
            if (s != server && pool.isHeld(s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if someone holding {@code requiredSkills} is at work now (in shift, busy or kept on) or starts a shift
     * before {@code sweep}, so work needing them will be done before the day's sweep.
     */
    boolean atWorkBefore(long requiredSkills, double sweep) {
        double now = sim.now();
        for (int s = 0; s < posts.length; s++) {
            if ((requiredSkills & ~pool.skills(s)) != 0) {
                continue;
            }
            if (pool.isBusy(s) || pool.isHeld(s)) {
                return true;
            }
            int i = java.util.Arrays.binarySearch(shiftEnd[s], now);
            int next = i >= 0 ? i + 1 : -i - 1; // the first shift ending after now
            if (next < shiftStart[s].length && shiftStart[s][next] < sweep) {
                return true;
            }
        }
        return false;
    }

    /** A task starts on this server for {@code holder} (a patient id, or TURNOVER / ADMIN). */
    void started(int server, long holder) {
        StaffPost p = posts[server];
        if (p.isMedicalAssistant()) {
            whereabouts.started(p.ma(), pool, server);
            trace.seize(FlowTrace.Unit.MEDICAL_ASSISTANT, p.ma(), holder, sim.now());
        } else {
            trace.seize(FlowTrace.Unit.FRONT_DESK_STAFF, server, holder, sim.now());
        }
    }

    /**
     * The task is done: an MA's task is reported (what, for which station's workload, when requested and started),
     * and the server is released.
     */
    void finished(int server, long holder, String task, String stationId, double requested, double started) {
        StaffPost p = posts[server];
        double duration = sim.now() - started;
        busyMinutes[server] += duration;
        if (p.isMedicalAssistant()) {
            observer.maTask(new MaTaskRecord(task, stationId != null ? stationId : p.stationId(), p.personId(),
                    ClinicDays.dayOf(requested), requested, started, duration));
            trace.free(FlowTrace.Unit.MEDICAL_ASSISTANT, p.ma(), holder, sim.now());
            whereabouts.finished(p.ma(), pool, server);
        } else {
            trace.free(FlowTrace.Unit.FRONT_DESK_STAFF, server, holder, sim.now());
            pool.release(server);
        }
    }

    private void shiftEnded(int server, double scheduledEnd, double left) {
        StaffPost p = posts[server];
        RosteredShift shift = p.shifts().get(shiftCursor[server]++);
        if (shift.end() != scheduledEnd) {
            throw new IllegalStateException("shift records out of step for " + p.personId() + ": expected the end "
                    + shift.end() + ", the pool reports " + scheduledEnd);
        }
        double busy = busyMinutes[server];
        busyMinutes[server] = 0;
        if (p.isMedicalAssistant()) {
            observer.maShift(new MaShiftRecord(p.personId(), shift.day(), p.stationId(), shift.start(),
                    shift.end(), left, busy, shift.breakMinutes()));
        }
    }
}
