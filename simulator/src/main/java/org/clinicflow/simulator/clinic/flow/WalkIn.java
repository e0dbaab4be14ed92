package org.clinicflow.simulator.clinic.flow;

/** One walk-in of the day: arrival time and visit type (index). */
record WalkIn(double time, int visitType) {
}
