package org.clinicflow.simulator.clinic.flow;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.simulator.clinic.AppointmentTemplate;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.ExamRoom;
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
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
import org.clinicflow.simulator.clinic.SpecialRoom;
import org.clinicflow.simulator.clinic.Station;
import org.clinicflow.simulator.clinic.StationKind;
import org.clinicflow.simulator.clinic.TimeWindow;
import org.clinicflow.simulator.clinic.VisitType;
import org.clinicflow.simulator.clinic.WeeklyHours;
import org.clinicflow.simulator.clinic.pay.OvertimeRule;
import org.clinicflow.simulator.clinic.pay.PayRules;
import org.clinicflow.simulator.random.Distribution;

/**
 * A one-day clinic where every time is fixed, for end-of-day coverage tests: one provider with sessions booked from a
 * single visit type, a pod of two exam rooms, a lab with its chairs, every patient on time (no no-shows, no front
 * desk, no turnover, no admin work) and a blood draw ordered for every patient. The MAs and their shifts are given one
 * by one, each at the pod or the lab, with or without phlebotomy.
 */
final class LabCoverageClinic {
    private List<TimeWindow> sessions = List.of(TimeWindow.of("16:00", "17:00"));
    private double slotMinutes = 30;
    private double roomingMinutes = 5;
    private Double examMinutes = 40.0;
    private double drawMinutes = 5;
    private ProcedureTiming drawTiming = ProcedureTiming.AFTER_PROVIDER;
    private int labChairs = 1;
    private final List<MedicalAssistant> team = new ArrayList<>();
    private final List<ShiftTemplate> shiftTemplates = new ArrayList<>();
    private final List<ShiftAssignment> shifts = new ArrayList<>();

    /** The provider's sessions, booked with slots of {@code slot} minutes (a session shorter than a slot: none). */
    LabCoverageClinic sessions(double slot, TimeWindow... windows) {
        sessions = List.of(windows);
        slotMinutes = slot;
        return this;
    }

    /** Rooming and exam minutes ({@code exam} null: no provider step, a lab-only visit). */
    LabCoverageClinic visit(double rooming, Double exam) {
        roomingMinutes = rooming;
        examMinutes = exam;
        return this;
    }

    /** The blood draw every patient has: its minutes and when it comes. */
    LabCoverageClinic draw(double minutes, ProcedureTiming timing) {
        drawMinutes = minutes;
        drawTiming = timing;
        return this;
    }

    LabCoverageClinic labChairs(int n) {
        labChairs = n;
        return this;
    }

    /** An MA at {@code station} ("pod" or "lab") from {@code from} to {@code to}, drawing blood or not. */
    LabCoverageClinic ma(String id, boolean phlebotomy, String station, String from, String to) {
        team.add(new MedicalAssistant(id, id, Credential.CMA, phlebotomy ? Set.of("phlebotomy") : Set.of(),
                new BigDecimal("20.19"), new Contract(true, 40, 45), Map.of(), Set.of(), Preferences.none()));
        ShiftTemplate t = new ShiftTemplate(id + "-shift", TimeWindow.of(from, to), 0, 0);
        shiftTemplates.add(t);
        shifts.add(new ShiftAssignment(id, 0, t, station));
        return this;
    }

    Clinic build() {
        Map<DayOfWeek, TimeWindow> open = new EnumMap<>(DayOfWeek.class);
        open.put(DayOfWeek.MONDAY, TimeWindow.of("07:00", "19:00"));
        WeeklyHours hours = new WeeklyHours(open);
        Provider provider = new Provider("dr-1", "Dr 1", ProviderRole.MD, "a",
                Map.of(DayOfWeek.MONDAY, sessions), "book", false, 1.0);
        Distribution exam = examMinutes == null ? null : new Distribution.Fixed(examMinutes);
        VisitType visit = new VisitType("visit", "Visit", slotMinutes, false, 0, new Distribution.Fixed(roomingMinutes),
                exam, List.of(new ProcedureOrder("venipuncture", 1.0)), false, Map.of());
        Procedure draw = new Procedure("venipuncture", "Venipuncture", new Distribution.Fixed(drawMinutes),
                RoomKind.LAB, drawTiming, List.of("phlebotomy"), Map.of());
        List<SpecialRoom> chairs = new ArrayList<>();
        for (int i = 1; i <= labChairs; i++) {
            chairs.add(new SpecialRoom("chair-" + i, RoomKind.LAB));
        }
        return new Clinic("Lab coverage", "test fixture", PracticeType.FAMILY_MEDICINE, "USD",
                FamilyMedicineClinic.MONDAY, hours, List.of(provider), List.of(new Pod("a", "Pod A")),
                List.of(new ExamRoom("a-1", "a"), new ExamRoom("a-2", "a")), chairs, List.of(visit), List.of(draw),
                List.of(new AppointmentTemplate("book", List.of("visit"), 0, 0, List.of())), null, null, null, null,
                null, List.of(), team,
                List.of(new Station("pod", "Pod A", StationKind.POD, "a", List.of(), hours, 1, 3),
                        new Station("lab", "Lab", StationKind.LAB, null, List.of("phlebotomy"), hours, 0, 2)),
                shiftTemplates, new Roster(1, shifts), List.of(),
                new PayRules(OvertimeRule.FEDERAL, Map.of(), 0, LocalTime.of(18, 0), 0, DayOfWeek.MONDAY));
    }
}
