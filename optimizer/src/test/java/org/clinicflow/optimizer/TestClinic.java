package org.clinicflow.optimizer;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.optimizer.domain.RosterPlan;
import org.clinicflow.optimizer.domain.ShiftPosition;
import org.clinicflow.optimizer.domain.TeamMember;
import org.clinicflow.optimizer.plan.RosterPlanBuilder;
import org.clinicflow.optimizer.plan.RosterProblem;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.PracticeType;
import org.clinicflow.simulator.clinic.Preferences;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.ProviderRole;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.WeeklyHours;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.clinicflow.simulator.clinic.pay.PayRules;
import org.clinicflow.simulator.clinic.workload.BucketLoad;
import org.clinicflow.simulator.clinic.workload.WorkloadProfile;

/**
 * A small clinic for tests, starting Monday 2026-01-05: Pod A (no skills, Mon-Sat 08:00-17:00, 1 to 2 MAs), Lab
 * (phlebotomy, Mon-Fri 07:30-16:00, 1 to 2 MAs), Urgent (open every night 20:00-08:00, 0 to 2 MAs); shift templates day
 * (08:00-16:30, 30 min unpaid lunch: 8 paid hours), early (07:30-16:00, 30 min), evening (12:00-20:30, 30 min), am
 * (08:00-12:00), night (22:00-06:30, 30 min: 8 paid hours across midnight), long (07:00-20:00, 60 min: 12 paid
 * hours) and marathon (06:00-21:00, 60 min: 14 paid hours); MAs at $20/h available around the clock unless a test says otherwise.
 */
public final class TestClinic {
    public static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    public static final ShiftTemplate DAY = new ShiftTemplate("day", TimeWindow.of("08:00", "16:30"), 30, 240);
    public static final ShiftTemplate EARLY = new ShiftTemplate("early", TimeWindow.of("07:30", "16:00"), 30, 240);
    public static final ShiftTemplate EVENING = new ShiftTemplate("evening", TimeWindow.of("12:00", "20:30"), 30, 240);
    public static final ShiftTemplate AM = new ShiftTemplate("am", TimeWindow.of("08:00", "12:00"), 0, 0);
    public static final ShiftTemplate NIGHT = new ShiftTemplate("night", TimeWindow.of("22:00", "06:30"), 30, 240);
    public static final ShiftTemplate LONG = new ShiftTemplate("long", TimeWindow.of("07:00", "20:00"), 60, 300);
    public static final ShiftTemplate MARATHON = new ShiftTemplate("marathon", TimeWindow.of("06:00", "21:00"), 60, 360);

    private final List<MedicalAssistant> team = new ArrayList<>();
    private final List<Station> stations = new ArrayList<>(List.of(
            new Station("podA", "Pod A", StationKind.POD, "podA", List.of(), hours("08:00", "17:00", true), 1, 2),
            new Station("lab", "Lab", StationKind.LAB, null, List.of("phlebotomy"), hours("07:30", "16:00", false),
                    1, 2),
            new Station("urgent", "Urgent", StationKind.TRIAGE, null, List.of(), everyDay("20:00", "08:00"), 0, 2)));
    private final List<Provider> providers = new ArrayList<>();
    private List<BucketLoad> loads = List.of();
    private PayRules pay = payRules(OvertimeRule.FEDERAL, DayOfWeek.MONDAY);
    private OptimizerSettings settings = OptimizerSettings.defaults();
    private Roster published;
    private Set<Integer> pinnedDays = Set.of();

    public static PayRules payRules(OvertimeRule overtime, DayOfWeek workweekStart) {
        return new PayRules(overtime, Map.of(Credential.CMA, 0.10), 0.10, LocalTime.of(18, 0), 0.10, workweekStart);
    }

    public static WeeklyHours hours(String open, String close, boolean saturday) {
        Map<DayOfWeek, TimeWindow> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getValue() <= 5 || (saturday && day == DayOfWeek.SATURDAY)) {
                hours.put(day, TimeWindow.of(open, close));
            }
        }
        return new WeeklyHours(hours);
    }

    public static WeeklyHours everyDay(String open, String close) {
        Map<DayOfWeek, TimeWindow> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, TimeWindow.of(open, close));
        }
        return new WeeklyHours(hours);
    }

    /** Available around the clock every day. */
    public static Map<DayOfWeek, TimeWindow> always() {
        Map<DayOfWeek, TimeWindow> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            all.put(day, TimeWindow.of("00:00", "00:00"));
        }
        return all;
    }

    /** A full-time MA (40 h target, 60 h maximum) at $20/h, always available. */
    public TestClinic ma(String id, String... skills) {
        return ma(new MedicalAssistant(id, id, Credential.NONE, Set.of(skills), new BigDecimal("20.00"),
                new Contract(true, 40, 60), always(), Set.of(), Preferences.none()));
    }

    public TestClinic ma(MedicalAssistant ma) {
        team.add(ma);
        return this;
    }

    /** A provider of {@code podId} in session 08:00-12:00 and 13:00-17:00 on weekdays. */
    public TestClinic provider(String id, String podId) {
        Map<DayOfWeek, List<TimeWindow>> sessions = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            sessions.put(day, List.of(TimeWindow.of("08:00", "12:00"), TimeWindow.of("13:00", "17:00")));
        }
        providers.add(new Provider(id, id, ProviderRole.MD, podId, sessions, "t", false, 1));
        return this;
    }

    public TestClinic station(Station station) {
        stations.add(station);
        return this;
    }

    public TestClinic loads(List<BucketLoad> bucketLoads) {
        loads = List.copyOf(bucketLoads);
        return this;
    }

    public TestClinic pay(PayRules rules) {
        pay = rules;
        return this;
    }

    public TestClinic settings(OptimizerSettings optimizerSettings) {
        settings = optimizerSettings;
        return this;
    }

    public TestClinic published(Roster roster, Set<Integer> pinned) {
        published = roster;
        pinnedDays = Set.copyOf(pinned);
        return this;
    }

    public Clinic clinic() {
        return new Clinic("Test clinic", "unit tests", PracticeType.FAMILY_MEDICINE, "USD", MONDAY,
                hours("07:30", "20:00", true), providers, List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null, List.of(), team, stations,
                List.of(DAY, EARLY, EVENING, AM, NIGHT, LONG, MARATHON), null, List.of(), pay);
    }

    public RosterProblem problem(int weeks) {
        return new RosterProblem(clinic(), weeks, new WorkloadProfile(30, loads, Map.of()), published, pinnedDays);
    }

    public RosterPlan plan(int weeks) {
        return new RosterPlanBuilder(settings).build(problem(weeks));
    }

    /** The first free position of a station, day and template in a plan. */
    public static ShiftPosition position(RosterPlan plan, String stationId, int day, ShiftTemplate template) {
        return plan.positions().stream()
                .filter(p -> p.station().id().equals(stationId) && p.day() == day
                        && p.template().id().equals(template.id()) && p.getMa() == null)
                .findFirst().orElseThrow(() -> new AssertionError("no free " + template.id() + " position at "
                        + stationId + " on day " + day));
    }

    /**
     * Puts an MA on the first free position of a station, day and template, as a published assignment would be: the
     * MA becomes possible there even if a hard rule forbids it.
     */
    public static ShiftPosition assign(RosterPlan plan, String maId, String stationId, int day,
                                       ShiftTemplate template) {
        ShiftPosition p = position(plan, stationId, day, template);
        TeamMember ma = member(plan, maId);
        if (!p.eligible().contains(ma)) {
            List<TeamMember> widened = new ArrayList<>(p.eligible());
            widened.add(ma);
            p.setEligible(widened, p.qualifiedOnTeam());
        }
        p.setMa(ma);
        return p;
    }

    public static TeamMember member(RosterPlan plan, String maId) {
        return plan.team().stream().filter(m -> m.id().equals(maId)).findFirst().orElseThrow();
    }

    /** Positions with an MA, then every fact the rules join with. */
    public static Object[] facts(RosterPlan plan) {
        List<Object> facts = new ArrayList<>(plan.positions().stream().filter(p -> p.getMa() != null).toList());
        facts.addAll(plan.timelines());
        facts.addAll(plan.maWeeks());
        facts.add(plan.rules());
        return facts.toArray();
    }
}
