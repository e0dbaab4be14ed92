package org.clinicflow.simulator.clinic.flow;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.ExamRoom;
import org.clinicflow.simulator.clinic.FrontDesk;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Pod;
import org.clinicflow.simulator.clinic.PracticeType;
import org.clinicflow.simulator.clinic.Preferences;
import org.clinicflow.simulator.clinic.Procedure;
import org.clinicflow.simulator.clinic.ProcedureOrder;
import org.clinicflow.simulator.clinic.ProcedureTiming;
import org.clinicflow.simulator.clinic.Provider;
import org.clinicflow.simulator.clinic.ProviderRole;
import org.clinicflow.simulator.clinic.RoomKind;
import org.clinicflow.simulator.clinic.RoomTurnover;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.SpecialRoom;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.VisitType;
import org.clinicflow.simulator.clinic.WalkIns;
import org.clinicflow.simulator.clinic.WeeklyHours;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.clinicflow.simulator.clinic.pay.PayRules;
import org.clinicflow.simulator.random.Distribution;

/**
 * An urgent-care centre for tests (clinic-parameters.md): open 8-20 on weekdays and 8-19 at weekends, 32 walk-ins a
 * day spread by the treatment-centre hourly profile, two providers sharing one pod of six rooms (so walk-ins queue for
 * whichever is free), a triage MA, a pod MA and a float MA, point-of-care tests in the room and X-rays before the
 * provider in the X-ray room (the patient leaves the exam room and comes back). With {@code eveningRadiographer} false,
 * the float MA (a radiographer) works mid-day and the evening pod MA cannot take X-rays: a skill gap after 18:30.
 */
final class UrgentCareClinic {
    private static final List<Double> HOURLY = List.of(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.2, 3.9, 4.6, 6.5, 11.6,
            13.8, 8.0, 7.2, 5.3, 5.1, 12.7, 7.9, 5.1, 2.3, 1.8, 1.0, 0.9);

    private UrgentCareClinic() {
    }

    static Clinic build(boolean eveningRadiographer) {
        Map<DayOfWeek, TimeWindow> hours = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, Double> perDay = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<TimeWindow>> early = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, List<TimeWindow>> late = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, Integer> desk = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            boolean weekend = d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
            hours.put(d, TimeWindow.of("08:00", weekend ? "19:00" : "20:00"));
            perDay.put(d, weekend ? 28.0 : 32.0);
            early.put(d, List.of(TimeWindow.of("08:00", "15:00")));
            late.put(d, List.of(TimeWindow.of("13:00", weekend ? "19:00" : "20:00")));
            desk.put(d, 1);
        }
        WeeklyHours open = new WeeklyHours(hours);
        List<ExamRoom> rooms = new ArrayList<>();
        for (int r = 1; r <= 6; r++) {
            rooms.add(new ExamRoom("room-" + r, "main"));
        }
        ShiftTemplate day = new ShiftTemplate("day", TimeWindow.of("07:45", "16:15"), 30, 240);
        ShiftTemplate evening = new ShiftTemplate("evening", TimeWindow.of("11:45", "20:15"), 30, 240);
        ShiftTemplate mid = new ShiftTemplate("mid", TimeWindow.of("10:00", "18:30"), 30, 240);
        List<ShiftAssignment> shifts = new ArrayList<>();
        for (int d = 0; d < 7; d++) {
            shifts.add(new ShiftAssignment("ana", d, day, "triage"));
            shifts.add(new ShiftAssignment("ben", d, eveningRadiographer ? mid : evening, "main-pod"));
            shifts.add(new ShiftAssignment("cruz", d, eveningRadiographer ? evening : mid, "float"));
        }
        VisitType urgent = new VisitType("urgent", "Urgent visit", 15, false, 0, new Distribution.LogNormal(7, 3),
                new Distribution.LogNormal(15, 7), List.of(new ProcedureOrder("xray", 0.15),
                new ProcedureOrder("poc-test", 0.4)), true, Map.of());
        return new Clinic("Test Urgent Care", "test fixture", PracticeType.URGENT_CARE, "USD",
                FamilyMedicineClinic.MONDAY, open,
                List.of(new Provider("np-1", "NP 1", ProviderRole.NP, "main", early, null, true, 1.0),
                        new Provider("pa-2", "PA 2", ProviderRole.PA, "main", late, null, true, 1.1)),
                List.of(new Pod("main", "Main")), rooms, List.of(new SpecialRoom("xray-1", RoomKind.XRAY)),
                List.of(urgent),
                List.of(new Procedure("xray", "X-ray", new Distribution.LogNormal(10, 3), RoomKind.XRAY,
                                ProcedureTiming.BEFORE_PROVIDER, List.of("radiography"), Map.of()),
                        new Procedure("poc-test", "Point-of-care test", new Distribution.LogNormal(5, 1.5), null,
                                ProcedureTiming.AFTER_PROVIDER, List.of(), Map.of())),
                List.of(), null, null, new WalkIns(perDay, HOURLY, Map.of("urgent", 1.0),
                        new Distribution.LogNormal(90, 45)),
                new FrontDesk(desk, new Distribution.LogNormal(4, 1.5), new Distribution.LogNormal(4, 1.5),
                        new Distribution.LogNormal(3, 1)),
                new RoomTurnover(new Distribution.LogNormal(3, 1), Map.of()), List.of(),
                List.of(ma("ana", Set.of("triage", "radiography")), ma("ben", Set.of()),
                        ma("cruz", Set.of("radiography"))),
                List.of(new Station("triage", "Triage", StationKind.TRIAGE, null, List.of("triage"), open, 1, 1),
                        new Station("main-pod", "Main pod", StationKind.POD, "main", List.of(), open, 1, 2),
                        new Station("float", "Float", StationKind.FLOAT, null, List.of(), open, 0, 1)),
                List.of(day, evening, mid), new Roster(1, shifts), List.of(),
                new PayRules(OvertimeRule.CALIFORNIA, Map.of(), 0.1, LocalTime.of(18, 0), 0.1, DayOfWeek.MONDAY));
    }

    private static MedicalAssistant ma(String id, Set<String> skills) {
        return new MedicalAssistant(id, id, Credential.CMA, skills, new BigDecimal("24.47"),
                new Contract(true, 40, 48), Map.of(), Set.of(), Preferences.none());
    }
}
