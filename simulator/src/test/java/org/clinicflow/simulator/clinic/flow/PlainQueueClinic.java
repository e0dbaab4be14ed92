package org.clinicflow.simulator.clinic.flow;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Contract;
import org.clinicflow.simulator.clinic.Credential;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.PracticeType;
import org.clinicflow.simulator.clinic.Preferences;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;
import org.clinicflow.simulator.clinic.ShiftTemplate;
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
 * A clinic that is a plain M/M/c queue: open around the clock, walk-ins at a constant Poisson rate, one triage station
 * with c MAs on 24-hour shifts, exponential rooming, and nothing else (no rooms, provider, front desk or turnover).
 */
final class PlainQueueClinic {
    private PlainQueueClinic() {
    }

    static Clinic of(double arrivalsPerMinute, double meanRooming, int mas) {
        Map<DayOfWeek, TimeWindow> hours = new EnumMap<>(DayOfWeek.class);
        Map<DayOfWeek, Double> perDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            hours.put(d, TimeWindow.of("00:00", "00:00"));
            perDay.put(d, arrivalsPerMinute * 1440);
        }
        ShiftTemplate allDay = new ShiftTemplate("24h", TimeWindow.of("00:00", "00:00"), 0, 0);
        List<MedicalAssistant> team = new ArrayList<>();
        List<ShiftAssignment> shifts = new ArrayList<>();
        for (int i = 0; i < mas; i++) {
            String id = "ma-" + (i + 1);
            team.add(new MedicalAssistant(id, id, Credential.NONE, Set.of(), new BigDecimal("20"),
                    new Contract(true, 40, 168), Map.of(), Set.of(), Preferences.none()));
            for (int day = 0; day < 7; day++) {
                shifts.add(new ShiftAssignment(id, day, allDay, "triage"));
            }
        }
        VisitType walkIn = new VisitType("walk-in", "Walk-in", 15, false, 0,
                new Distribution.Exponential(meanRooming), null, List.of(), false, Map.of());
        return new Clinic("Plain queue", "M/M/c", PracticeType.PLAIN_QUEUE, "USD", FamilyMedicineClinic.MONDAY,
                new WeeklyHours(hours), List.of(), List.of(), List.of(), List.of(), List.of(walkIn), List.of(),
                List.of(), null, null,
                new WalkIns(perDay, Collections.nCopies(24, 1.0), Map.of("walk-in", 1.0), null), null, null,
                List.of(), team, List.of(new Station("triage", "Triage", StationKind.TRIAGE, null, List.of(),
                        new WeeklyHours(hours), 1, mas)),
                List.of(allDay), new Roster(1, shifts), List.of(),
                new PayRules(OvertimeRule.FEDERAL, Map.of(), 0, LocalTime.of(18, 0), 0, DayOfWeek.MONDAY));
    }
}
