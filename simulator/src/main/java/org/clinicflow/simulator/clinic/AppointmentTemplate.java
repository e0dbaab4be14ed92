package org.clinicflow.simulator.clinic;

import java.util.List;

/**
 * How a provider's session is booked: the visit types in {@code pattern} repeat through the session, each taking its
 * slot length; {@code doubleBookedAtSessionStart} extra patients are booked into the first slot; every
 * {@code overbookEvery}-th slot gets one extra patient (0 = none); no appointment starts inside a {@code block}
 * (e.g. same-day or admin time).
 */
public record AppointmentTemplate(String id, List<String> pattern, int doubleBookedAtSessionStart, int overbookEvery,
                                  List<TimeWindow> blocks) {
    public AppointmentTemplate {
        pattern = List.copyOf(pattern);
        blocks = List.copyOf(blocks);
    }
}
