package org.clinicflow.simulator.clinic.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.AdminTaskType;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Procedure;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.clinic.results.ClinicDayRecord;
import org.clinicflow.simulator.clinic.results.ClinicObserver;
import org.clinicflow.simulator.engine.EventHandler;
import org.clinicflow.simulator.engine.Simulation;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.Responses;

/**
 * One replication of a clinic: {@code days} consecutive days from the clinic's start date, staffed by its baseline
 * roster (use {@link Clinic#withRoster} for another), in one continuous simulation so that supplies and open orders
 * carry over. Every record of {@code clinic.results} goes to the observer as it happens: each patient (whatever the
 * outcome), MA shift, MA task, provider session, open clinic day and supply item per day. This class wires the parts;
 * the clinic's behaviour lives in them. Choices worth knowing:
 * <ul>
 *   <li>Everything random about a patient is drawn when the patient is created (the day's schedule at midnight, then
 *       its walk-ins), so rosters compared on one seed see the same patients.</li>
 *   <li>The room is turned over as soon as the patient leaves it (for a special room or for checkout).</li>
 *   <li>The last MA, the last front-desk person and a provider with patients of the session (or an earlier one)
 *       still to see stay on in overtime while those patients are on their way, not only while they are queued.</li>
 *   <li>An MA also stays while a patient still needs a skill that nobody else on duty has (a blood draw after a late
 *       exam): a booked patient's orders count from the start of the day, a walk-in's from their arrival.</li>
 *   <li>A task waits for the MAs of its own station while one of them is on duty and not on break; then any MA with
 *       the skills takes it.</li>
 *   <li>A patient whose next MA task nobody at work for the rest of the day can do (a skill gap in the roster) is
 *       not seen and leaves at that moment; a step at an unstaffed front desk is skipped.</li>
 *   <li>Whoever is still in the clinic at a midnight when it is closed is swept as not seen; a clinic open across
 *       midnight (around the clock) keeps its patients until it closes or the run ends.</li>
 * </ul>
 */
public final class ClinicSimulation {
    private final Simulation sim = new Simulation();
    private final ClinicDays days;
    private final ClinicObserver observer;
    private final PatientLedger ledger;
    private final ExamRooms examRooms;
    private final MaTeam mas;
    private final Reception desk;
    private final ProviderTeam providers;
    private final SupplyRoom supplies;
    private final PatientFlow flow;
    private final AdminWork admin;
    private final PatientFactory factory;
    private final AppointmentBook book;
    private final WalkInArrivals walkIns;
    private final EventHandler onMidnight = this::midnight;
    private double occupiedAtDayStart;
    private boolean ran;

    /** Builds the replication; throws {@link ModelInputException} naming the field if the clinic does not hold up. */
    public ClinicSimulation(Clinic clinic, int days, RandomStreams streams, ClinicObserver observer) {
        this(clinic, days, streams, observer, FlowTrace.NONE);
    }

    ClinicSimulation(Clinic clinic, int days, RandomStreams streams, ClinicObserver observer, FlowTrace trace) {
        if (days < 0) {
            throw new ModelInputException("days", "must be 0 or more, got " + days);
        }
        this.observer = observer;
        this.days = new ClinicDays(clinic.startDate(), clinic.openingHours(), days);
        ClinicIndex index = new ClinicIndex(clinic);
        ledger = new PatientLedger(index, observer, days);
        List<StaffPost> posts = RosterPosts.of(clinic, days);
        List<StaffPost> deskPosts = posts.stream().filter(p -> p.station().kind() == StationKind.FRONT_DESK).toList();
        List<StaffPost> maPosts = posts.stream().filter(p -> p.station().kind() != StationKind.FRONT_DESK).toList();
        SkillBits skills = new SkillBits(skillNames(clinic));
        TaskRouting routing = new TaskRouting(skills.size(), index.pods.size(), clinic.stations(), index);
        MaWhereabouts whereabouts = new MaWhereabouts();
        mas = new MaTeam(sim, maPosts, clinic.medicalAssistants(), skills, routing, index, this.days, whereabouts,
                observer, trace);
        desk = clinic.frontDesk() == null && deskPosts.isEmpty() ? null
                : new Reception(sim, clinic.frontDesk(), this.days, deskPosts, whereabouts, observer, trace);
        examRooms = new ExamRooms(sim, index.roomPod);
        SpecialRooms special = new SpecialRooms(sim, clinic.specialRooms());
        for (Procedure p : clinic.procedures()) {
            if (p.room() != null && !special.has(p.room())) {
                throw new ModelInputException("procedures[" + p.id() + "].room",
                        "needs a " + p.room() + " room, but the clinic has none among its special rooms");
            }
        }
        ProviderSessions sessions = new ProviderSessions(index.providers, this.days);
        providers = new ProviderTeam(sim, index, sessions, observer, trace);
        supplies = new SupplyRoom(sim, this.days, clinic.supplies());
        flow = new PatientFlow(sim, ledger, index, examRooms, special, mas, desk, providers, supplies, trace);
        admin = new AdminWork(sim, mas, this.days, clinic.adminTasks(), sessions, index.providerPod, streams);
        factory = new PatientFactory(clinic, index, streams);
        book = new AppointmentBook(index, this.days, sessions);
        walkIns = clinic.walkIns() == null ? null : new WalkInArrivals(clinic.walkIns(), this.days, index, streams);
    }

    /** Every skill any MA holds or any procedure, admin task or station requires. */
    private static Set<String> skillNames(Clinic clinic) {
        Set<String> names = new TreeSet<>();
        for (MedicalAssistant m : clinic.medicalAssistants()) {
            names.addAll(m.allSkills());
        }
        for (Procedure p : clinic.procedures()) {
            names.addAll(p.requiredSkills());
        }
        for (AdminTaskType t : clinic.adminTasks()) {
            names.addAll(t.requiredSkills());
        }
        for (Station s : clinic.stations()) {
            names.addAll(s.requiredSkills());
        }
        return names;
    }

    /**
     * Runs every day and returns the engine's statistics of this replication (waits, queue lengths, utilization and
     * overtime of each pool: mas, frontDesk, examRooms, providers, rooms.*) and the number of events executed. A
     * replication runs once.
     */
    public Responses run() {
        if (ran) {
            throw new IllegalStateException("a ClinicSimulation runs once; build another for another replication");
        }
        ran = true;
        supplies.start();
        sim.scheduleAt(0, onMidnight, 0);
        sim.run();
        flow.sweep(); // anyone the last day left behind
        return Responses.builder().putAll(sim.report()).put("events", sim.eventsExecuted()).build();
    }

    /** Midnight before day {@code d}: day d-1 ends, day d begins. */
    private void midnight(int d) {
        if (d > 0) {
            endDay(d - 1);
        }
        if (d < days.count()) {
            startDay(d);
            sim.scheduleAt(ClinicDays.start(d + 1), onMidnight, d + 1);
        }
    }

    private void startDay(int d) {
        occupiedAtDayStart = examRooms.occupiedMinutes(sim.now());
        List<Patient> today = new ArrayList<>();
        for (Appointment a : book.day(d)) {
            today.add(factory.booked(ledger.nextId(), d, a));
        }
        if (walkIns != null) {
            for (WalkIn w : walkIns.day(d)) {
                today.add(factory.walkIn(ledger.nextId(), d, w));
            }
        }
        for (Patient p : today) {
            flow.admit(p);
        }
        admin.day(d);
    }

    private void endDay(int d) {
        if (!days.openAt(sim.now())) {
            flow.sweep();
        }
        if (days.isOpen(d)) {
            double opening = days.opening(d);
            double closing = days.closing(d);
            observer.clinicDay(new ClinicDayRecord(d, days.date(d), opening, closing, ledger.lastDeparture(d),
                    examRooms.occupiedMinutes(sim.now()) - occupiedAtDayStart,
                    examRooms.count() * (closing - opening)));
        }
        supplies.endOfDay(d, observer);
    }
}
