package org.clinicflow.scenarios.experiment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.ShiftAssignment;

/**
 * The sweep knob {@code mas}: the baseline roster scaled to N medical assistants. The roster's positions are the MAs it
 * gives shifts to, in the order of the team list ({@code medicalAssistants}); each position is that MA's whole weekly
 * pattern (shifts and stations). N below the number of positions keeps the first N and takes the rest off the roster
 * (they stay on the team). N above it adds MAs who copy the positions in order, cycling: the first extra MA is a copy
 * of the first position (credential, skills, wage, contract, availability, shifts at the same stations), named
 * {@code <id>-2}, the next copies the second position, and so on. Reorder the team to choose who goes first.
 */
public final class StaffingLevel {
    /** The name of the knob in {@code --vary}. */
    public static final String PARAMETER = "mas";
    /** How reports label its axis. */
    public static final String LABEL = "MAs on the baseline roster";

    private StaffingLevel() {
    }

    /** The MAs the baseline roster gives shifts to, in team order. */
    public static List<MedicalAssistant> positions(Clinic clinic) {
        Set<String> rostered = new LinkedHashSet<>();
        clinic.baselineRoster().assignments().forEach(a -> rostered.add(a.maId()));
        return clinic.medicalAssistants().stream().filter(ma -> rostered.contains(ma.id())).toList();
    }

    /** The clinic with its baseline roster scaled to {@code n} MAs. */
    public static Clinic withMedicalAssistants(Clinic clinic, int n) {
        List<MedicalAssistant> positions = positions(clinic);
        if (positions.isEmpty()) {
            throw new ModelInputException(PARAMETER, "the baseline roster of " + clinic.name()
                    + " gives no MA a shift, so there is nothing to scale");
        }
        if (n < 1) {
            throw new ModelInputException(PARAMETER, "must be at least 1 MA, got " + n);
        }
        Roster roster = clinic.baselineRoster();
        List<MedicalAssistant> team = new ArrayList<>(clinic.medicalAssistants());
        Set<String> kept = new LinkedHashSet<>();
        positions.stream().limit(n).forEach(ma -> kept.add(ma.id()));
        List<ShiftAssignment> shifts = new ArrayList<>(roster.assignments().stream()
                .filter(a -> kept.contains(a.maId())).toList());
        Set<String> ids = new LinkedHashSet<>(team.stream().map(MedicalAssistant::id).toList());
        for (int extra = 0; extra < n - positions.size(); extra++) {
            MedicalAssistant model = positions.get(extra % positions.size());
            int copy = extra / positions.size() + 2;
            String id = model.id() + "-" + copy;
            while (!ids.add(id)) {
                id = model.id() + "-" + ++copy;
            }
            team.add(new MedicalAssistant(id, model.name() + " (" + copy + ")", model.credential(), model.skills(),
                    model.hourlyWage(), model.contract(), model.availability(), model.timeOff(),
                    model.preferences()));
            for (ShiftAssignment a : roster.assignments()) {
                if (a.maId().equals(model.id())) {
                    shifts.add(new ShiftAssignment(id, a.day(), a.shift(), a.stationId()));
                }
            }
        }
        return new Clinic(clinic.name(), clinic.description(), clinic.practiceType(), clinic.currency(),
                clinic.startDate(), clinic.openingHours(), clinic.providers(), clinic.pods(), clinic.examRooms(),
                clinic.specialRooms(), clinic.visitTypes(), clinic.procedures(), clinic.templates(),
                clinic.punctuality(), clinic.latePolicy(), clinic.walkIns(), clinic.frontDesk(), clinic.turnover(),
                clinic.adminTasks(), team, clinic.stations(), clinic.shiftTemplates(),
                new Roster(roster.weeks(), shifts), clinic.supplies(), clinic.payRules());
    }
}
