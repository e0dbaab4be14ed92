package org.clinicflow.simulator.clinic;

import java.util.Comparator;
import java.util.List;

/**
 * Who works when and where, over a cycle of {@code weeks} weeks that repeats for longer simulations: simulated day d
 * uses roster day d mod (7 * weeks).
 */
public record Roster(int weeks, List<ShiftAssignment> assignments) {
    public Roster {
        if (weeks < 1) {
            throw new IllegalArgumentException("a roster covers at least 1 week, got " + weeks);
        }
        assignments = assignments.stream()
                .sorted(Comparator.comparingInt(ShiftAssignment::day).thenComparing(ShiftAssignment::maId))
                .toList();
    }

    public int cycleDays() {
        return 7 * weeks;
    }

    /** The assignments on simulated day {@code simulatedDay}. */
    public List<ShiftAssignment> on(int simulatedDay) {
        int d = Math.floorMod(simulatedDay, cycleDays());
        return assignments.stream().filter(a -> a.day() == d).toList();
    }
}
