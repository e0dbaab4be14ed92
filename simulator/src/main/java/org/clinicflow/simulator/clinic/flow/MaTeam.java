package org.clinicflow.simulator.clinic.flow;

import java.util.List;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.engine.GrantListener;
import org.clinicflow.simulator.engine.ServerPool;
import org.clinicflow.simulator.engine.Simulation;

/**
 * The MAs at every station but the front desk, as one pool served by priority: patient care first, late patients'
 * rooming next, admin work last. Each (MA, station) server holds the MA's skills and its station's home bits; tasks are
 * routed by {@link TaskRouting}. Who stays past the end of their shift is decided by {@link MaWorkAhead}: the last MA
 * while patients still need one, and an MA whose skills a patient of the day still needs while nobody else on duty has
 * them.
 */
final class MaTeam {
    static final int PATIENT_CARE = 0;
    static final int LATE_ROOMING = 1;
    static final int ADMIN = 2;

    private final StaffPool staff;
    private final ServerPool pool;
    private final TaskRouting routing;
    private final SkillBits skills;
    private final ClinicDays days;
    private final long[] procedureSkills;
    private final MaWorkAhead work;

    MaTeam(Simulation sim, List<StaffPost> posts, List<MedicalAssistant> mas, SkillBits skills,
           TaskRouting routing, ClinicIndex index, ClinicDays days, MaWhereabouts whereabouts,
           ClinicObserver observer, FlowTrace trace) {
        this.staff = new StaffPool(sim, "mas", posts, ServerPool.Discipline.PRIORITY, whereabouts, observer, trace);
        this.pool = staff.pool();
        this.routing = routing;
        this.skills = skills;
        this.days = days;
        for (int s = 0; s < posts.size(); s++) {
            StaffPost p = posts.get(s);
            pool.setSkills(s, skills.mask(mas.get(p.ma()).allSkills()) | routing.stationBits(p.station(), index));
        }
        procedureSkills = index.procedures.stream().mapToLong(x -> skills.mask(x.requiredSkills())).toArray();
        work = new MaWorkAhead(pool, procedureSkills);
        pool.setOvertimeHold((s, end) -> work.holds(s));
    }

    ServerPool pool() {
        return pool;
    }

    TaskRouting routing() {
        return routing;
    }

    long skills(List<String> required) {
        return skills.mask(required);
    }

    /** The skills procedure {@code procedure} (its index in the clinic) requires. */
    long procedureSkills(int procedure) {
        return procedureSkills[procedure];
    }

    /**
     * Asks for an MA with {@code requiredSkills}, preferring the MAs of {@code firstHome}, then {@code secondHome}; any
     * MA with the skills takes it once the preferred MAs are off duty or on break.
     */
    void request(GrantListener listener, int token, int priority, long requiredSkills, int firstHome, int secondHome) {
        pool.request(listener, token, priority, requiredSkills,
                routing.preference(pool, requiredSkills, firstHome, secondHome));
    }

    void started(int server, long holder) {
        staff.started(server, holder);
    }

    void finished(int server, long holder, String task, int home, double requested, double started) {
        staff.finished(server, holder, task, home >= 0 ? routing.station(home) : null, requested, started);
    }

    /**
     * True if an MA holding {@code requiredSkills} is at work now (in shift, busy or kept on) or starts a shift before
     * the day's sweep, so a task needing them will be done today.
     */
    boolean canBeDoneToday(long requiredSkills, double now) {
        return staff.atWorkBefore(requiredSkills, days.nextSweep(now));
    }

    /** One more patient is on the way who will need an MA (rooming at least). */
    void expectPatient() {
        work.patientExpected();
    }

    /** A patient needs no MA any more; when none does, the MA kept on for them can go. */
    void patientDone() {
        work.patientDone();
    }

    /** The clinic knows the patient's orders: their procedures needing particular skills keep an MA who has them. */
    void ordersKnown(Patient p) {
        work.ordersKnown(p);
    }

    /** The patient's current procedure has started or was called off. */
    void procedureStarted(Patient p) {
        work.procedureStarted(p);
    }

    /** The patient has left the clinic. */
    void patientLeft(Patient p) {
        work.left(p);
    }
}
