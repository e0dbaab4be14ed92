package org.clinicflow.simulator.clinic;

import java.time.DayOfWeek;
import java.util.Map;
import org.clinicflow.simulator.random.Distribution;

/**
 * Front-desk staff on duty per weekday during opening hours, and the check-in (demographics, insurance verification,
 * copay; longer for new patients) and checkout (follow-up scheduling, education) times.
 */
public record FrontDesk(Map<DayOfWeek, Integer> staff, Distribution checkInEstablished, Distribution checkInNew,
                        Distribution checkout) {
    public FrontDesk {
        staff = Map.copyOf(staff);
    }
}
