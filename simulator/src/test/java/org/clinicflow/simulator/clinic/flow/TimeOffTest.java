package org.clinicflow.simulator.clinic.flow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.random.RandomStreams;
import org.junit.jupiter.api.Test;

/** An MA's dates off are honoured even though the roster repeats every week. */
class TimeOffTest {

    @Test
    void rosteredMaDoesNotWorkOnADateOff() {
        Clinic base = new FamilyMedicineClinic().build();
        MedicalAssistant first = base.medicalAssistants().get(0);
        MedicalAssistant onLeave = new MedicalAssistant(first.id(), first.name(), first.credential(), first.skills(),
                first.hourlyWage(), first.contract(), first.availability(),
                Set.of(base.startDate().plusDays(8)), first.preferences());
        List<MedicalAssistant> team = new java.util.ArrayList<>(base.medicalAssistants());
        team.set(0, onLeave);
        Clinic clinic = new Clinic(base.name(), base.description(), base.practiceType(), base.currency(),
                base.startDate(), base.openingHours(), base.providers(), base.pods(), base.examRooms(),
                base.specialRooms(), base.visitTypes(), base.procedures(), base.templates(), base.punctuality(),
                base.latePolicy(), base.walkIns(), base.frontDesk(), base.turnover(), base.adminTasks(), team,
                base.stations(), base.shiftTemplates(), base.baselineRoster(), base.supplies(), base.payRules());

        ClinicRecords records = new ClinicRecords();
        new ClinicSimulation(clinic, 14, new RandomStreams(3, 0), records).run();

        assertTrue(records.shifts.stream().anyMatch(s -> s.maId().equals(first.id()) && s.day() == 1),
                "works the Tuesday of week 1");
        assertFalse(records.shifts.stream().anyMatch(s -> s.maId().equals(first.id()) && s.day() == 8),
                "not the Tuesday of week 2, a date off");
        assertTrue(records.shifts.stream().anyMatch(s -> s.maId().equals(first.id()) && s.day() == 9),
                "back on Wednesday");
    }
}
