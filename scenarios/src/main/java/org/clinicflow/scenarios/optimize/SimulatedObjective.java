package org.clinicflow.scenarios.optimize;

import org.clinicflow.optimizer.domain.Prices;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * A simulated roster's cost and waiting as one sum of money, as the solver weighs them: mean labor cost (overtime
 * included) plus patient waiting-room minutes (mean per visit x visits completed) at the solver's price of a
 * patient-minute. The calibration keeps the roster with the smallest.
 */
final class SimulatedObjective {
    private SimulatedObjective() {
    }

    /** In the clinic's currency, over the simulated run (mean across replications). */
    static double of(ClinicResults results, Prices prices) {
        double labor = results.estimate(Kpi.LABOR_COST).mean();
        double waiting = results.estimate(Kpi.WAITING_ROOM_MINUTES).mean()
                * results.estimate(Kpi.VISITS_COMPLETED).mean();
        return labor + (Double.isNaN(waiting) ? 0 : waiting * prices.waitingCentsPerPatientMinute() / 100.0);
    }
}
