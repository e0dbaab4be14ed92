package org.clinicflow.optimizer.solver;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;

/** A copy of a clinic in which one MA has one more day off (an absence to cover). */
public final class ClinicWithLeave {
    private ClinicWithLeave() {
    }

    /** {@code c} with {@code absent} also off on {@code date}. */
    public static Clinic of(Clinic c, MedicalAssistant absent, LocalDate date) {
        Set<LocalDate> timeOff = new HashSet<>(absent.timeOff());
        timeOff.add(date);
        MedicalAssistant onLeave = new MedicalAssistant(absent.id(), absent.name(), absent.credential(),
                absent.skills(), absent.hourlyWage(), absent.contract(), absent.availability(), timeOff,
                absent.preferences());
        List<MedicalAssistant> team = c.medicalAssistants().stream().map(m -> m == absent ? onLeave : m).toList();
        return new Clinic(c.name(), c.description(), c.practiceType(), c.currency(), c.startDate(), c.openingHours(),
                c.providers(), c.pods(), c.examRooms(), c.specialRooms(), c.visitTypes(), c.procedures(),
                c.templates(), c.punctuality(), c.latePolicy(), c.walkIns(), c.frontDesk(), c.turnover(),
                c.adminTasks(), team, c.stations(), c.shiftTemplates(), c.baselineRoster(), c.supplies(),
                c.payRules());
    }
}
