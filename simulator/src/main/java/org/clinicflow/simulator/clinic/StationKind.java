package org.clinicflow.simulator.clinic;

/**
 * Where an MA works a shift. POD: rooming and in-room procedures for the providers of one pod. LAB, PROCEDURE, EKG,
 * CAST, XRAY: the work done in special rooms of that kind. TRIAGE: walk-in triage and rooming. FRONT_DESK: check-in and
 * checkout cross-cover. FLOAT: helps wherever needed.
 */
public enum StationKind {
    POD, LAB, PROCEDURE, EKG, CAST, XRAY, TRIAGE, FRONT_DESK, FLOAT
}
