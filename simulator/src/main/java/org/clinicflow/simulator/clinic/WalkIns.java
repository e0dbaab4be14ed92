package org.clinicflow.simulator.clinic;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.clinicflow.simulator.random.Distribution;

/**
 * Unscheduled patients: the expected number per weekday, their spread over the day as 24 hourly shares (hour 0 =
 * midnight; only walk-in hours count, shares are normalised over them), the visit-type mix (weights), and how long a
 * walk-in waits to be roomed before leaving without being seen ({@code null} = never leaves). Walk-in hours are the
 * opening hours while a provider who sees walk-ins is in session (all opening hours when no provider is so marked).
 */
public record WalkIns(Map<DayOfWeek, Double> perDay, List<Double> hourlyShare, Map<String, Double> visitMix,
                      Distribution patience) {
    public WalkIns {
        perDay = Map.copyOf(perDay);
        hourlyShare = List.copyOf(hourlyShare);
        visitMix = Map.copyOf(visitMix);
    }
}
