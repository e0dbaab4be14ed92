package org.clinicflow.simulator.clinic;

/** A procedure a visit type orders with the given probability per visit. */
public record ProcedureOrder(String procedureId, double probability) {
}
