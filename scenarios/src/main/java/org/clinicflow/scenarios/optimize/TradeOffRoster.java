package org.clinicflow.scenarios.optimize;

import org.clinicflow.optimizer.solver.RosterResult;
import org.clinicflow.scenarios.experiment.ClinicResults;

/**
 * One roster of a trade-off study: the waiting price it was solved with (cents per patient-minute), the solver's
 * result, the roster as simulated, and its verdict against the baseline on common random numbers.
 */
public record TradeOffRoster(double waitingCents, RosterResult result, ClinicResults simulated,
                             RosterVerdict verdict) {

    /** "34¢/min" — the label charts and tables show. */
    public String label() {
        return org.clinicflow.scenarios.report.KpiFormat.plain(waitingCents) + "¢/min";
    }
}
