package org.clinicflow.simulator.engine;

/**
 * Says whether a server whose duty period ended at {@code scheduledEnd} must stay on (idle, in overtime) because work
 * is still on its way to it: a provider whose booked patients are still being roomed, the last MA while patients are
 * still in the clinic.
 */
@FunctionalInterface
public interface OvertimeHold {
    boolean holds(int server, double scheduledEnd);
}
