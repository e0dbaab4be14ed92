package org.clinicflow.scenarios.scenario;

import org.clinicflow.simulator.clinic.Clinic;

/**
 * A scenario read and checked: the clinic it describes, and where it came from ({@code family-medicine (built-in)} or
 * the file path as given), for reports and messages.
 */
public record LoadedScenario(Clinic clinic, String source) {
}
