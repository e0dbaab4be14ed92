package org.clinicflow.simulator.clinic;

import java.time.DayOfWeek;
import java.util.Set;

/** What an MA would like: days and shift templates wanted or not, and the pods they usually work in. */
public record Preferences(Set<DayOfWeek> desiredDays, Set<DayOfWeek> undesiredDays, Set<String> desiredShifts,
                          Set<String> undesiredShifts, Set<String> usualPods) {
    public Preferences {
        desiredDays = Set.copyOf(desiredDays);
        undesiredDays = Set.copyOf(undesiredDays);
        desiredShifts = Set.copyOf(desiredShifts);
        undesiredShifts = Set.copyOf(undesiredShifts);
        usualPods = Set.copyOf(usualPods);
    }

    public static Preferences none() {
        return new Preferences(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }
}
