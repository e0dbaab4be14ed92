package org.clinicflow.simulator.clinic.flow;

/** One booked patient: provider, the provider's session (index), appointment time and visit type (index). */
record Appointment(int provider, int session, double time, int visitType) {
}
