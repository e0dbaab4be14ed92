package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.simulator.clinic.FrontDesk;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/**
 * The front desk, first come first served: the front-desk staff on duty that weekday during opening hours, and the MAs
 * rostered at FRONT_DESK stations. The last one on duty stays while patients still have to check in or out.
 */
final class Reception {
    private final StaffPool staff;
    private final ServerPool pool;
    private final ClinicDays days;
    private int patientsNeedingDesk;

    Reception(Simulation sim, FrontDesk desk, ClinicDays days, List<StaffPost> deskMas, MaWhereabouts whereabouts,
              ClinicObserver observer, FlowTrace trace) {
        this.days = days;
        List<StaffPost> posts = new ArrayList<>(staffPosts(desk, days));
        posts.addAll(deskMas);
        this.staff = new StaffPool(sim, "frontDesk", posts, ServerPool.Discipline.FIFO, whereabouts, observer, trace);
        this.pool = staff.pool();
        pool.setOvertimeHold((s, end) -> patientsNeedingDesk > 0 && pool.inShiftCount(0) == 0
                && staff.noOtherHeld(s));
    }

    /** Front-desk person k works the opening hours of every day with more than k staff (none without a desk). */
    private static List<StaffPost> staffPosts(FrontDesk desk, ClinicDays days) {
        if (desk == null) {
            return List.of();
        }
        int most = desk.staff().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<StaffPost> posts = new ArrayList<>();
        for (int k = 0; k < most; k++) {
            List<RosteredShift> shifts = new ArrayList<>();
            for (int d = 0; d < days.count(); d++) {
                if (days.isOpen(d) && desk.staff().getOrDefault(days.weekday(d), 0) > k) {
                    shifts.add(new RosteredShift(d, days.opening(d), days.closing(d), 0, 0));
                }
            }
            if (!shifts.isEmpty()) {
                posts.add(new StaffPost(-1, "front desk " + (k + 1), null, List.copyOf(shifts)));
            }
        }
        return posts;
    }

    ServerPool pool() {
        return pool;
    }

    /** True if someone staffs the desk now or later before the day's sweep. */
    boolean staffedToday(double now) {
        return staff.atWorkBefore(0, days.nextSweep(now));
    }

    void request(GrantListener listener, int token) {
        pool.request(listener, token);
    }

    void started(int server, long holder) {
        staff.started(server, holder);
    }

    void finished(int server, long holder, String task, double requested, double started) {
        staff.finished(server, holder, task, null, requested, started);
    }

    /** One more patient is on the way who will check in and out. */
    void expectPatient() {
        patientsNeedingDesk++;
    }

    /** A patient is done with the desk; when nobody still needs it, the desk person kept on can go. */
    void patientDone() {
        if (--patientsNeedingDesk == 0) {
            pool.recheckHolds();
        }
    }
}
