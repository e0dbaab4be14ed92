package org.clinicflow.simulator.clinic;

import java.util.List;
import org.clinicflow.simulator.random.Distribution;

/**
 * MA desk work between patients (phone messages, refill requests, prior authorizations, referrals, scanning): how many
 * arrive per provider-day (spread over opening hours as a Poisson stream), how long each takes, and the skills it
 * needs. Patient care goes first; what is left at the end of the day is finished in overtime.
 */
public record AdminTaskType(String id, String name, double perProviderDay, Distribution duration,
                            List<String> requiredSkills) {
    public AdminTaskType {
        requiredSkills = List.copyOf(requiredSkills);
    }
}
