package org.clinicflow.simulator.clinic;

import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opening hours per weekday; a weekday absent from the map is closed. */
public record WeeklyHours(Map<DayOfWeek, TimeWindow> hours) {
    public WeeklyHours {
        hours = hours.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(hours));
    }

    public Optional<TimeWindow> on(DayOfWeek day) {
        return Optional.ofNullable(hours.get(day));
    }

    public boolean isOpen(DayOfWeek day) {
        return hours.containsKey(day);
    }

    /** The weekdays open, Monday first. */
    public List<DayOfWeek> openDays() {
        return List.of(DayOfWeek.values()).stream().filter(hours::containsKey).toList();
    }
}
