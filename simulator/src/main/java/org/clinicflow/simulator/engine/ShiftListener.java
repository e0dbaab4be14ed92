package org.clinicflow.simulator.engine;

/** Told when a server leaves at the end of a duty period; {@code left - scheduledEnd} is its overtime. */
@FunctionalInterface
public interface ShiftListener {
    void shiftEnded(int server, double scheduledEnd, double left);
}
