package org.clinicflow.scenarios.experiment;

import org.clinicflow.simulator.clinic.Clinic;

/** A clinic with the name reports give it: a scenario, or a variant of one (overrides, another staffing level). */
public record NamedClinic(String name, Clinic clinic) {
}
