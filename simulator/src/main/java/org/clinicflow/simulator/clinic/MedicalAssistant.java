package org.clinicflow.simulator.clinic;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A medical assistant on the team: credential and skills (phlebotomy, injections, ekg, casting, triage, front-desk...),
 * base hourly wage (the credential premium of the pay rules is added), contract, the hours they can work per weekday
 * (absent weekday = not available), dates off, and preferences.
 */
public record MedicalAssistant(String id, String name, Credential credential, Set<String> skills,
                               BigDecimal hourlyWage, Contract contract, Map<DayOfWeek, TimeWindow> availability,
                               Set<LocalDate> timeOff, Preferences preferences) {
    public MedicalAssistant {
        skills = Set.copyOf(skills);
        availability = Map.copyOf(availability);
        timeOff = Set.copyOf(timeOff);
    }

    /** Skills including the credential itself and, for certified MAs, {@value Credential#CREDENTIALED}. */
    public Set<String> allSkills() {
        Set<String> all = new HashSet<>(skills);
        if (credential.certified()) {
            all.add(credential.name());
            all.add(Credential.CREDENTIALED);
        }
        return Set.copyOf(all);
    }

    /** True when this MA holds every skill in {@code required}. */
    public boolean canDo(List<String> required) {
        return allSkills().containsAll(required);
    }
}
