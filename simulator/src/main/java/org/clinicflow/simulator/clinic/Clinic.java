package org.clinicflow.simulator.clinic;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinicflow.simulator.clinic.pay.PayRules;

/**
 * A whole clinic as a scenario describes it: opening hours, providers and their templates, rooms, visit types and
 * procedures, patients' punctuality and walk-ins, front desk, room turnover, admin work, the MA team and stations,
 * shift templates and the baseline roster, supplies and pay rules. Money is in {@code currency} (ISO 4217).
 * {@code frontDesk} and {@code turnover} may be null (no such step, as in a plain queue); so may {@code walkIns}.
 */
public record Clinic(String name, String description, PracticeType practiceType, String currency,
                     LocalDate startDate, WeeklyHours openingHours, List<Provider> providers, List<Pod> pods,
                     List<ExamRoom> examRooms, List<SpecialRoom> specialRooms, List<VisitType> visitTypes,
                     List<Procedure> procedures, List<AppointmentTemplate> templates, Punctuality punctuality,
                     LateArrivalPolicy latePolicy, WalkIns walkIns, FrontDesk frontDesk, RoomTurnover turnover,
                     List<AdminTaskType> adminTasks, List<MedicalAssistant> medicalAssistants,
                     List<Station> stations, List<ShiftTemplate> shiftTemplates, Roster baselineRoster,
                     List<SupplyItem> supplies, PayRules payRules) {
    public Clinic {
        providers = List.copyOf(providers);
        pods = List.copyOf(pods);
        examRooms = List.copyOf(examRooms);
        specialRooms = List.copyOf(specialRooms);
        visitTypes = List.copyOf(visitTypes);
        procedures = List.copyOf(procedures);
        templates = List.copyOf(templates);
        adminTasks = List.copyOf(adminTasks);
        medicalAssistants = List.copyOf(medicalAssistants);
        stations = List.copyOf(stations);
        shiftTemplates = List.copyOf(shiftTemplates);
        supplies = List.copyOf(supplies);
    }

    public Optional<Provider> provider(String id) {
        return providers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<VisitType> visitType(String id) {
        return visitTypes.stream().filter(v -> v.id().equals(id)).findFirst();
    }

    public Optional<Procedure> procedure(String id) {
        return procedures.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<MedicalAssistant> medicalAssistant(String id) {
        return medicalAssistants.stream().filter(m -> m.id().equals(id)).findFirst();
    }

    public Optional<Station> station(String id) {
        return stations.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<AppointmentTemplate> template(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<ShiftTemplate> shiftTemplate(String id) {
        return shiftTemplates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<SupplyItem> supply(String id) {
        return supplies.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A copy of this clinic run with another roster (what-if, optimized roster). */
    public Clinic withRoster(Roster roster) {
        return new Clinic(name, description, practiceType, currency, startDate, openingHours, providers, pods,
                examRooms, specialRooms, visitTypes, procedures, templates, punctuality, latePolicy, walkIns,
                frontDesk, turnover, adminTasks, medicalAssistants, stations, shiftTemplates, roster, supplies,
                payRules);
    }
}
