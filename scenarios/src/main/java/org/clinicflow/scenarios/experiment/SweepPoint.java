package org.clinicflow.scenarios.experiment;

import org.clinicflow.simulator.clinic.Clinic;

/** One setting of a sweep: the parameter's value and the clinic it gives. */
public record SweepPoint(double value, Clinic clinic) {
}
