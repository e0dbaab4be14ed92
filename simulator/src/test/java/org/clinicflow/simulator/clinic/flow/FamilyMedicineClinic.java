package org.clinicflow.simulator.clinic.flow;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.simulator.clinic.AdminTaskType;
import org.clinicflow.simulator.clinic.AppointmentTemplate;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.ExamRoom;
import org.clinicflow.simulator.clinic.FrontDesk;
import org.clinicflow.simulator.clinic.LateArrivalPolicy;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Pod;
import org.clinicflow.simulator.clinic.PracticeType;
import org.clinicflow.simulator.clinic.Preferences;
import org.clinicflow.simulator.clinic.Procedure;
import org.clinicflow.simulator.clinic.ProcedureOrder;
import org.clinicflow.simulator.clinic.ProcedureTiming;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.ProviderRole;
import org.clinicflow.simulator.clinic.Punctuality;
import org.clinicflow.simulator.clinic.RoomKind;
import org.clinicflow.simulator.clinic.RoomTurnover;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.SpecialRoom;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.clinic.StockoutPolicy;
import org.clinicflow.simulator.clinic.SupplyItem;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.VisitType;
import org.clinicflow.simulator.clinic.WalkIns;
import org.clinicflow.simulator.clinic.WeeklyHours;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.clinicflow.simulator.clinic.pay.PayRules;
import org.clinicflow.simulator.random.Distribution;

/**
 * A family-medicine clinic for tests, with the defaults of clinic-parameters.md: providers in pods of two with 2.5 exam
 * rooms each, sessions 8-12 and 13-17 on weekdays booked new/established/established (30/15/15 minutes), 12% no-shows,
 * 7% late, 1.2 walk-ins per provider-day, one MA per provider on staggered shifts, a lab room, two front-desk staff,
 * procedures (blood draw 15%, injection 10%, ECG 5%, urinalysis 10%), admin work and ample supplies. Each setter
 * changes one thing.
 */
final class FamilyMedicineClinic {
    static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    static final List<DayOfWeek> WEEKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    static final ShiftTemplate EARLY = new ShiftTemplate("early", TimeWindow.of("07:30", "16:00"), 30, 270);
    static final ShiftTemplate LATE = new ShiftTemplate("late", TimeWindow.of("08:30", "17:00"), 30, 240);
    static final ShiftTemplate MORNING = new ShiftTemplate("morning", TimeWindow.of("07:30", "12:00"), 0, 0);
    static final ShiftTemplate AFTERNOON = new ShiftTemplate("afternoon", TimeWindow.of("12:00", "17:00"), 0, 0);

    private int providers = 4;
    private int team = -1;
    private int rostered = -1;
    private double noShow = 0.12;
    private double lateProbability = 0.07;
    private Distribution lateBy = new Distribution.Exponential(8);
    private LateArrivalPolicy latePolicy = new LateArrivalPolicy(LateArrivalPolicy.Handling.SEEN_LATE, 20);
    private double walkInsPerProviderDay = 1.2;
    private Distribution patience;
    private int deskStaff = 2;
    private boolean splitShiftMa;
    private boolean labMa;
    private final Map<String, SupplyItem> supplies = new LinkedHashMap<>();
    private List<TimeWindow> sessions = List.of(TimeWindow.of("08:00", "12:00"), TimeWindow.of("13:00", "17:00"));
    private AppointmentTemplate template = new AppointmentTemplate("fm", List.of("new", "est", "est"), 0, 0,
            List.of());

    FamilyMedicineClinic() {
        supply("gloves", 20000, 5000, 10000);
        supply("table-paper", 3000, 600, 1500);
        supply("tubes", 2000, 300, 1000);
        supply("syringes", 1000, 200, 500);
        supply("electrodes", 2000, 300, 1000);
        supply("specimen-cups", 1000, 150, 500);
    }

    FamilyMedicineClinic providers(int n) {
        providers = n;
        return this;
    }

    /** MAs employed (default: one per provider). */
    FamilyMedicineClinic team(int n) {
        team = n;
        return this;
    }

    /** MAs on the baseline roster, the first n of the team (default: the whole team). */
    FamilyMedicineClinic rostered(int n) {
        rostered = n;
        return this;
    }

    FamilyMedicineClinic noShow(double p) {
        noShow = p;
        return this;
    }

    FamilyMedicineClinic lateness(double probability, Distribution by, LateArrivalPolicy policy) {
        lateProbability = probability;
        lateBy = by;
        latePolicy = policy;
        return this;
    }

    FamilyMedicineClinic walkIns(double perProviderDay, Distribution walkInPatience) {
        walkInsPerProviderDay = perProviderDay;
        patience = walkInPatience;
        return this;
    }

    /** Front-desk staff on each weekday (MAs rostered at the front desk come on top). */
    FamilyMedicineClinic deskStaff(int n) {
        deskStaff = n;
        return this;
    }

    /** Every provider's sessions on each weekday. */
    FamilyMedicineClinic sessions(TimeWindow... windows) {
        sessions = List.of(windows);
        return this;
    }

    /** The template's double booking, overbooking and blocks (pattern new, est, est). */
    FamilyMedicineClinic template(int doubleBooked, int overbookEvery, TimeWindow... blocks) {
        template = new AppointmentTemplate("fm", List.of("new", "est", "est"), doubleBooked, overbookEvery,
                List.of(blocks));
        return this;
    }

    /** Adds an MA who works the front desk in the morning and pod A in the afternoon. */
    FamilyMedicineClinic splitShiftMa() {
        splitShiftMa = true;
        return this;
    }

    /** Adds a phlebotomist MA at the lab station. */
    FamilyMedicineClinic labMa() {
        labMa = true;
        return this;
    }

    FamilyMedicineClinic supply(String id, int initial, int reorderPoint, int quantity) {
        return supply(id, initial, reorderPoint, quantity, 2, StockoutPolicy.DELAY, 10);
    }

    FamilyMedicineClinic supply(String id, int initial, int reorderPoint, int quantity, int leadDays,
                                StockoutPolicy policy, double delayMinutes) {
        supplies.put(id, new SupplyItem(id, id, new BigDecimal("0.10"), initial, reorderPoint, quantity, leadDays,
                policy, delayMinutes));
        return this;
    }

    int podCount() {
        return (providers + 1) / 2;
    }

    Clinic build() {
        int mas = team < 0 ? providers : team;
        int onRoster = rostered < 0 ? mas : rostered;
        List<Pod> pods = new ArrayList<>();
        List<ExamRoom> rooms = new ArrayList<>();
        List<Station> stations = new ArrayList<>();
        for (int p = 0; p < podCount(); p++) {
            String pod = "pod-" + (char) ('A' + p);
            pods.add(new Pod(pod, "Pod " + (char) ('A' + p)));
            int inPod = Math.min(2, providers - 2 * p);
            for (int r = 0; r < Math.ceil(2.5 * inPod); r++) {
                rooms.add(new ExamRoom(pod + "-room-" + (r + 1), pod));
            }
            stations.add(new Station(pod, pod + " station", StationKind.POD, pod, List.of(), weekdays(), 1, 4));
        }
        stations.add(new Station("lab", "Lab", StationKind.LAB, null, List.of("phlebotomy"), weekdays(), 0, 1));
        stations.add(new Station("front", "Front desk", StationKind.FRONT_DESK, null, List.of(), weekdays(), 0, 1));

        List<Provider> provs = new ArrayList<>();
        for (int i = 0; i < providers; i++) {
            Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : WEEKDAYS) {
                weekly.put(d, sessions);
            }
            provs.add(new Provider("dr-" + (i + 1), "Dr " + (i + 1), ProviderRole.MD, pods.get(i / 2).id(), weekly,
                    "fm", true, 1.0));
        }

        List<MedicalAssistant> team = new ArrayList<>();
        for (int i = 0; i < mas; i++) {
            team.add(ma("ma-" + (i + 1), i % 2 == 0 ? Credential.CMA : Credential.NONE));
        }
        List<ShiftAssignment> shifts = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            for (int i = 0; i < onRoster; i++) {
                shifts.add(new ShiftAssignment("ma-" + (i + 1), day, i / podCount() % 2 == 0 ? EARLY : LATE,
                        pods.get(i % podCount()).id()));
            }
        }
        if (splitShiftMa) {
            team.add(ma("ma-split", Credential.RMA));
            for (int day = 0; day < 5; day++) {
                shifts.add(new ShiftAssignment("ma-split", day, MORNING, "front"));
                shifts.add(new ShiftAssignment("ma-split", day, AFTERNOON, pods.get(0).id()));
            }
        }
        if (labMa) {
            team.add(ma("ma-lab", Credential.CMA));
            for (int day = 0; day < 5; day++) {
                shifts.add(new ShiftAssignment("ma-lab", day, EARLY, "lab"));
            }
        }

        Map<DayOfWeek, Double> walkInsPerDay = new EnumMap<>(DayOfWeek.class);
        WEEKDAYS.forEach(d -> walkInsPerDay.put(d, walkInsPerProviderDay * providers));
        Map<DayOfWeek, Integer> deskStaff = new EnumMap<>(DayOfWeek.class);
        WEEKDAYS.forEach(d -> deskStaff.put(d, this.deskStaff));

        return new Clinic("Test Family Medicine", "test fixture", PracticeType.FAMILY_MEDICINE, "USD", MONDAY,
                weekdays(), provs, pods, rooms, List.of(new SpecialRoom("lab-1", RoomKind.LAB)), visitTypes(),
                procedures(), List.of(template),
                new Punctuality(lateProbability, new Distribution.Gamma(15, 0.6), lateBy), latePolicy,
                walkInsPerProviderDay > 0 ? new WalkIns(walkInsPerDay, Collections.nCopies(24, 1.0),
                        Map.of("acute", 1.0), patience) : null,
                new FrontDesk(deskStaff, new Distribution.LogNormal(3, 1.5), new Distribution.LogNormal(10, 3),
                        new Distribution.LogNormal(3, 1.5)),
                new RoomTurnover(new Distribution.LogNormal(3, 1), Map.of("table-paper", 1, "gloves", 2)),
                List.of(new AdminTaskType("phone", "Phone messages and refills", 12, new Distribution.LogNormal(3, 1.5),
                                List.of()),
                        new AdminTaskType("prior-auth", "Prior authorizations", 2, new Distribution.LogNormal(12, 5),
                                List.of("credentialed"))),
                team, stations, List.of(EARLY, LATE, MORNING, AFTERNOON), new Roster(1, shifts),
                new ArrayList<>(supplies.values()),
                new PayRules(OvertimeRule.FEDERAL, Map.of(Credential.CMA, 0.08), 0.10, LocalTime.of(18, 0), 0.10,
                        DayOfWeek.MONDAY));
    }

    private static WeeklyHours weekdays() {
        Map<DayOfWeek, TimeWindow> hours = new EnumMap<>(DayOfWeek.class);
        WEEKDAYS.forEach(d -> hours.put(d, TimeWindow.of("08:00", "17:00")));
        return new WeeklyHours(hours);
    }

    private static MedicalAssistant ma(String id, Credential credential) {
        Map<DayOfWeek, TimeWindow> available = new EnumMap<>(DayOfWeek.class);
        WEEKDAYS.forEach(d -> available.put(d, TimeWindow.of("07:00", "18:00")));
        return new MedicalAssistant(id, id, credential, Set.of("phlebotomy", "injections", "ekg"),
                new BigDecimal("20.19"), new Contract(true, 40, 45), available, Set.of(), Preferences.none());
    }

    private List<VisitType> visitTypes() {
        List<ProcedureOrder> orders = List.of(new ProcedureOrder("venipuncture", 0.15),
                new ProcedureOrder("injection", 0.10), new ProcedureOrder("ecg", 0.05),
                new ProcedureOrder("urinalysis", 0.10));
        Map<String, Integer> perVisit = Map.of("gloves", 9, "table-paper", 1);
        return List.of(
                new VisitType("new", "New patient", 30, true, noShow, new Distribution.LogNormal(9, 3),
                        new Distribution.LogNormal(25, 10), orders, true, perVisit),
                new VisitType("est", "Established patient", 15, false, noShow, new Distribution.LogNormal(7.5, 3),
                        new Distribution.LogNormal(15, 7), orders, false, perVisit),
                new VisitType("acute", "Same-day acute", 15, false, 0, new Distribution.LogNormal(7.5, 3),
                        new Distribution.LogNormal(15, 7), orders, false, perVisit));
    }

    private static List<Procedure> procedures() {
        return List.of(
                new Procedure("venipuncture", "Venipuncture", new Distribution.LogNormal(4.3, 0.9), RoomKind.LAB,
                        ProcedureTiming.AFTER_PROVIDER, List.of("phlebotomy"), Map.of("tubes", 2, "gloves", 2)),
                new Procedure("injection", "Injection", new Distribution.Uniform(1.7, 2.4), null,
                        ProcedureTiming.AFTER_PROVIDER, List.of("injections"), Map.of("syringes", 1)),
                new Procedure("ecg", "12-lead ECG", new Distribution.LogNormal(8, 2), null,
                        ProcedureTiming.AFTER_PROVIDER, List.of("ekg"), Map.of("electrodes", 10)),
                new Procedure("urinalysis", "Urinalysis", new Distribution.LogNormal(4, 1), null,
                        ProcedureTiming.BEFORE_PROVIDER, List.of(), Map.of("specimen-cups", 1)));
    }
}
