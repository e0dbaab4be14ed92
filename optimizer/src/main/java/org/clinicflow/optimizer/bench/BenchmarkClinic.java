package org.clinicflow.optimizer.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.clinicflow.optimizer.plan.RosterProblem;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Pod;
import org.clinicflow.simulator.clinic.PracticeType;
import org.clinicflow.simulator.clinic.Preferences;
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
 * A multi-specialty clinic for benchmarking the optimizer: six provider pods (two open Saturday mornings), lab,
 * evening triage, a procedure room and front-desk cross-cover; six shift templates (07:30-16:00, 08:00-17:00,
 * 09:00-18:00, 12:00-20:30 and two 4-hour blocks); a team with realistic skills, credentials (about 40% certified),
 * full- and part-time contracts, wages around the BLS median, availability, leave and preferences; and a workload
 * profile with a morning and an early-afternoon peak. Drawn from a seed, so the same seed gives the same clinic.
 */
public final class BenchmarkClinic {
    private static final LocalDate MONDAY = LocalDate.of(2026, 1, 5);
    private static final int BUCKET_MINUTES = 30;

    private BenchmarkClinic() {
    }

    /** A problem of {@code weeks} weeks for a team of {@code mas} MAs. */
    public static RosterProblem problem(int mas, int weeks, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Station> stations = stations();
        Clinic clinic = clinic(stations, team(mas, weeks, random));
        return RosterProblem.fresh(clinic, weeks, workload(stations, random));
    }

    public static List<ShiftTemplate> shiftTemplates() {
        return List.of(
                new ShiftTemplate("early", TimeWindow.of("07:30", "16:00"), 30, 240),
                new ShiftTemplate("day", TimeWindow.of("08:00", "17:00"), 60, 240),
                new ShiftTemplate("late", TimeWindow.of("09:00", "18:00"), 60, 240),
                new ShiftTemplate("evening", TimeWindow.of("12:00", "20:30"), 30, 240),
                new ShiftTemplate("am", TimeWindow.of("08:00", "12:00"), 0, 0),
                new ShiftTemplate("pm", TimeWindow.of("13:00", "17:00"), 0, 0));
    }

    public static List<Station> stations() {
        List<Station> list = new ArrayList<>();
        for (char pod = 'A'; pod <= 'F'; pod++) {
            boolean saturday = pod <= 'B';
            list.add(new Station("pod" + pod, "Pod " + pod, StationKind.POD, "pod" + pod, List.of(),
                    hours("08:00", "17:00", saturday ? "12:00" : null), 1, 3));
        }
        list.add(new Station("lab", "Lab", StationKind.LAB, null, List.of("phlebotomy"),
                hours("07:30", "16:00", null), 1, 2));
        list.add(new Station("triage", "Triage", StationKind.TRIAGE, null, List.of("triage", Credential.CREDENTIALED),
                hours("08:00", "20:00", null), 1, 2));
        list.add(new Station("procedure", "Procedure room", StationKind.PROCEDURE, null, List.of("injections"),
                hours("09:00", "17:00", null), 1, 2));
        list.add(new Station("front", "Front desk", StationKind.FRONT_DESK, null, List.of("front-desk"),
                hours("08:00", "17:00", "12:00"), 0, 2));
        return list;
    }

    private static WeeklyHours hours(String open, String close, String saturdayClose) {
        Map<DayOfWeek, TimeWindow> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, TimeWindow.of(open, close));
        }
        if (saturdayClose != null) {
            hours.put(DayOfWeek.SATURDAY, TimeWindow.of("08:00", saturdayClose));
        }
        return new WeeklyHours(hours);
    }

    private static List<MedicalAssistant> team(int size, int weeks, SplittableRandom random) {
        List<MedicalAssistant> team = new ArrayList<>();
        String[] pods = {"podA", "podB", "podC", "podD", "podE", "podF"};
        for (int i = 0; i < size; i++) {
            boolean fullTime = i % 4 != 3;
            Credential credential = random.nextDouble() < 0.4
                    ? Credential.values()[1 + random.nextInt(3)] : Credential.NONE;
            Set<String> skills = new HashSet<>();
            // every skill is held by several MAs, scarce ones by fewer
            if (i % 3 == 0 || random.nextDouble() < 0.15) {
                skills.add("phlebotomy");
            }
            if (credential.certified() && (i % 3 != 2 || random.nextDouble() < 0.5)) {
                skills.add("triage");
            }
            if (i % 5 == 1 || random.nextDouble() < 0.1) {
                skills.add("injections");
            }
            if (i % 4 == 2 || random.nextDouble() < 0.15) {
                skills.add("front-desk");
            }
            double wage = 16.1 + random.nextDouble() * (27.2 - 16.1);
            Contract contract = fullTime ? new Contract(true, 40, 48) : new Contract(false, 20 + 4 * random.nextInt(3), 30);
            team.add(new MedicalAssistant("ma" + (i + 1), "MA " + (i + 1), credential, skills,
                    BigDecimal.valueOf(wage).setScale(2, RoundingMode.HALF_UP), contract,
                    availability(fullTime, random), timeOff(weeks, random), preferences(pods, random)));
        }
        return team;
    }

    private static Map<DayOfWeek, TimeWindow> availability(boolean fullTime, SplittableRandom random) {
        Map<DayOfWeek, TimeWindow> availability = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY)) {
            boolean works = fullTime ? day != DayOfWeek.SATURDAY || random.nextBoolean() : random.nextDouble() < 0.6;
            if (works) {
                availability.put(day, random.nextDouble() < 0.8 ? TimeWindow.of("07:00", "21:00")
                        : TimeWindow.of("07:00", "17:30"));
            }
        }
        return availability;
    }

    private static Set<LocalDate> timeOff(int weeks, SplittableRandom random) {
        Set<LocalDate> off = new HashSet<>();
        if (random.nextDouble() < 0.35) {
            LocalDate first = MONDAY.plusDays(random.nextInt(7 * weeks));
            int length = 1 + random.nextInt(5);
            for (int d = 0; d < length; d++) {
                off.add(first.plusDays(d));
            }
        }
        return off;
    }

    private static Preferences preferences(String[] pods, SplittableRandom random) {
        DayOfWeek[] weekdays = {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY};
        Set<DayOfWeek> desired = new HashSet<>();
        Set<DayOfWeek> undesired = new HashSet<>();
        if (random.nextDouble() < 0.4) {
            desired.add(weekdays[random.nextInt(5)]);
        }
        if (random.nextDouble() < 0.4) {
            DayOfWeek day = weekdays[random.nextInt(5)];
            if (!desired.contains(day)) {
                undesired.add(day);
            }
        }
        Set<String> desiredShifts = random.nextDouble() < 0.3 ? Set.of("early") : Set.of();
        Set<String> undesiredShifts = random.nextDouble() < 0.3 ? Set.of("evening") : Set.of();
        Set<String> usualPods = Set.of(pods[random.nextInt(pods.length)]);
        return new Preferences(desired, undesired, desiredShifts, undesiredShifts, usualPods);
    }

    private static Clinic clinic(List<Station> stations, List<MedicalAssistant> team) {
        List<Pod> pods = new ArrayList<>();
        for (Station s : stations) {
            if (s.kind() == StationKind.POD) {
                pods.add(new Pod(s.podId(), s.name()));
            }
        }
        Map<DayOfWeek, TimeWindow> open = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)) {
            open.put(day, TimeWindow.of("07:30", "20:00"));
        }
        open.put(DayOfWeek.SATURDAY, TimeWindow.of("08:00", "12:00"));
        PayRules pay = new PayRules(OvertimeRule.FEDERAL, Map.of(Credential.CMA, 0.08, Credential.RMA, 0.08,
                Credential.CCMA, 0.08), 0.10, LocalTime.of(18, 0), 0.10, DayOfWeek.MONDAY);
        return new Clinic("Benchmark multi-specialty clinic", "optimizer benchmark", PracticeType.MULTI_SPECIALTY,
                "USD", MONDAY, new WeeklyHours(open), List.of(), pods, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, null, null, null, null, List.of(), team, stations, shiftTemplates(), null, List.of(),
                pay);
    }

    /** Task arrivals per minute, mean task minutes and variability per station kind, shaped over the day. */
    private static WorkloadProfile workload(List<Station> stations, SplittableRandom random) {
        List<BucketLoad> loads = new ArrayList<>();
        for (Station station : stations) {
            double scale = 0.85 + 0.3 * random.nextDouble();
            for (DayOfWeek day : station.hours().openDays()) {
                TimeWindow window = station.hours().on(day).orElseThrow();
                double dayFactor = day == DayOfWeek.MONDAY ? 1.15 : day == DayOfWeek.SATURDAY ? 0.8 : 1.0;
                for (int start = (int) window.startMinute(); start < window.endMinute(); start += BUCKET_MINUTES) {
                    double hour = (start + BUCKET_MINUTES / 2.0) / 60;
                    double shape = dayShape(hour);
                    double[] kind = taskProfile(station.kind(), hour);
                    double erlangs = kind[0] * shape * scale * dayFactor;
                    loads.add(new BucketLoad(station.id(), day, start / BUCKET_MINUTES, erlangs / kind[1], kind[1],
                            kind[2], kind[3], 0));
                }
            }
        }
        return new WorkloadProfile(BUCKET_MINUTES, loads, Map.of());
    }

    /** Relative load over the day: a morning peak at 10:00, a lull at lunch, an afternoon peak at 14:30. */
    private static double dayShape(double hour) {
        return 0.55 + 0.55 * Math.exp(-Math.pow((hour - 10) / 1.3, 2)) + 0.45 * Math.exp(-Math.pow((hour - 14.5) / 1.4, 2))
                - 0.25 * Math.exp(-Math.pow((hour - 12.5) / 0.5, 2));
    }

    /** Peak erlangs, mean task minutes, task SCV and admin minutes per bucket for a kind of station. */
    private static double[] taskProfile(StationKind kind, double hour) {
        return switch (kind) {
            case POD -> new double[] {1.6, 6.5, 0.45, 4};
            case LAB -> new double[] {0.9, 4.3, 0.04, 2}; // venipuncture 4.3 min, SD 0.9
            case TRIAGE -> new double[] {hour >= 17 ? 1.1 : 0.8, 7, 0.5, 2};
            case PROCEDURE -> new double[] {0.6, 12, 0.6, 1};
            default -> new double[] {0.7, 3, 0.4, 3};
        };
    }
}
