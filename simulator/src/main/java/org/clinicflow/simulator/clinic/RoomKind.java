package org.clinicflow.simulator.clinic;

/** Kinds of special rooms a procedure may need instead of the exam room. */
public enum RoomKind {
    LAB, PROCEDURE, EKG, CAST, XRAY;

    /** The MA station that staffs rooms of this kind. */
    public StationKind station() {
        return StationKind.valueOf(name());
    }
}
