package org.clinicflow.simulator.clinic;

/** A lab station, procedure room, EKG room, cast room or X-ray room. */
public record SpecialRoom(String id, RoomKind kind) {
}
