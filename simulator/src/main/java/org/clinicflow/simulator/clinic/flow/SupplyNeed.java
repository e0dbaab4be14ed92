package org.clinicflow.simulator.clinic.flow;

import java.util.Map;
import java.util.TreeMap;

/** The units of supply items one step uses, by item index (resolved and checked once, before the run). */
record SupplyNeed(int[] items, int[] units) {
    static final SupplyNeed NONE = new SupplyNeed(new int[0], new int[0]);

    static SupplyNeed of(Map<String, Integer> perStep, SupplyRoom room, String field) {
        if (perStep.isEmpty()) {
            return NONE;
        }
        Map<String, Integer> sorted = new TreeMap<>(perStep);
        int[] items = new int[sorted.size()];
        int[] units = new int[sorted.size()];
        int i = 0;
        for (Map.Entry<String, Integer> e : sorted.entrySet()) {
            items[i] = room.item(e.getKey(), field);
            units[i++] = e.getValue();
        }
        return new SupplyNeed(items, units);
    }

    boolean isEmpty() {
        return items.length == 0;
    }
}
