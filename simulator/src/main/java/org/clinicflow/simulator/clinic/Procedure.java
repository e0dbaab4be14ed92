package org.clinicflow.simulator.clinic;

import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.random.Distribution;

/**
 * An MA procedure (venipuncture, urinalysis, injection, EKG, casting...): its duration, the special room it needs
 * ({@code null} = done in the exam room), when it happens, the skills and credentials it demands (scope-of-practice
 * rules are data: e.g. {@code [phlebotomy, credentialed]}), and the supplies it uses per performance.
 */
public record Procedure(String id, String name, Distribution duration, RoomKind room, ProcedureTiming timing,
                        List<String> requiredSkills, Map<String, Integer> supplies) {
    public Procedure {
        requiredSkills = List.copyOf(requiredSkills);
        supplies = Map.copyOf(supplies);
    }
}
