package org.clinicflow.scenarios.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.clinicflow.scenarios.scenario.DidYouMean;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.MedicalAssistant;

/** Finds an MA as a manager names them: the id, the full name, or a first name only one MA has (any case). */
final class TeamLookup {
    private TeamLookup() {
    }

    static MedicalAssistant find(Clinic clinic, String typed, String option) {
        String t = typed.trim().toLowerCase(Locale.ROOT);
        for (MedicalAssistant m : clinic.medicalAssistants()) {
            if (m.id().toLowerCase(Locale.ROOT).equals(t) || name(m).equals(t)) {
                return m;
            }
        }
        List<MedicalAssistant> byFirstName = clinic.medicalAssistants().stream()
                .filter(m -> name(m).split(" ")[0].equals(t)).toList();
        if (byFirstName.size() == 1) {
            return byFirstName.get(0);
        }
        List<String> known = new ArrayList<>();
        clinic.medicalAssistants().forEach(m -> known.add(m.id()));
        String problem = byFirstName.size() > 1 ? "'" + typed + "' is the first name of "
                + byFirstName.stream().map(MedicalAssistant::name).toList() + "; give the id or the full name"
                : "no MA '" + typed + "' on the team" + DidYouMean.hint(typed, known) + "; MAs: "
                        + String.join(", ", clinic.medicalAssistants().stream()
                                .map(m -> m.id() + " (" + m.name() + ")").toList());
        throw new ModelInputException(option, problem);
    }

    private static String name(MedicalAssistant m) {
        return m.name() == null ? "" : m.name().trim().toLowerCase(Locale.ROOT);
    }
}
