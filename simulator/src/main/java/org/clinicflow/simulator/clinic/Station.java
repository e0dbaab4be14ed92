package org.clinicflow.simulator.clinic;

import java.util.List;

/**
 * A place an MA can be rostered: its kind, the pod it serves (POD stations), the skills an MA needs to work it, its
 * opening hours (absent weekdays closed), and the minimum and maximum number of MAs while open.
 */
public record Station(String id, String name, StationKind kind, String podId, List<String> requiredSkills,
                      WeeklyHours hours, int minStaff, int maxStaff) {
    public Station {
        requiredSkills = List.copyOf(requiredSkills);
    }
}
