package org.clinicflow.simulator.clinic;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

/**
 * A clinician with sessions per weekday (e.g. 08:00-12:00 and 13:00-17:00; absent weekday = not in clinic), the
 * appointment template their sessions are booked from, the pod whose exam rooms they use, whether they see walk-ins,
 * and a factor on the visit types' exam times (1 = as the visit type says).
 */
public record Provider(String id, String name, ProviderRole role, String podId,
                       Map<DayOfWeek, List<TimeWindow>> sessions, String templateId, boolean acceptsWalkIns,
                       double examTimeFactor) {
    public Provider {
        sessions = Map.copyOf(sessions);
    }

    public List<TimeWindow> sessionsOn(DayOfWeek day) {
        return sessions.getOrDefault(day, List.of());
    }
}
