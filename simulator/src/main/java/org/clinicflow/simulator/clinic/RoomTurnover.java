package org.clinicflow.simulator.clinic;

import java.util.Map;
import org.clinicflow.simulator.random.Distribution;

/** Cleaning an exam room between patients, done by an MA: its duration and the supplies it uses. */
public record RoomTurnover(Distribution duration, Map<String, Integer> supplies) {
    public RoomTurnover {
        supplies = Map.copyOf(supplies);
    }
}
