package org.clinicflow.scenarios.optimize;

import java.util.Map;
import java.util.TreeMap;

/** Patient-minutes of MA-task waiting per day, by station (a station absent has none). */
public record StationMinutes(Map<String, Double> byStation) {
    public StationMinutes {
        byStation = Map.copyOf(new TreeMap<>(byStation));
    }

    public double of(String station) {
        return byStation.getOrDefault(station, 0.0);
    }

    public double total() {
        return byStation.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
