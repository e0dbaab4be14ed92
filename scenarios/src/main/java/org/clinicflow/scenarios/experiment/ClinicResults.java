package org.clinicflow.scenarios.experiment;

import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.clinic.results.MoneyEstimate;
import org.clinicflow.simulator.stats.Estimate;
import org.clinicflow.simulator.stats.ReplicationSummary;

/** The KPIs of one clinic across replications, with the plan that produced them; money is in the clinic currency. */
public record ClinicResults(String scenario, Clinic clinic, ExperimentPlan plan, ReplicationSummary summary) {

    public String currency() {
        return clinic.currency();
    }

    public Estimate estimate(Kpi kpi) {
        return summary.get(kpi.key());
    }

    /** A money KPI as an amount with its 95% half-width. */
    public MoneyEstimate money(Kpi kpi) {
        return MoneyEstimate.of(estimate(kpi), currency());
    }

    /** The paired difference {@code other - this} of a KPI, replication by replication (common random numbers). */
    public Estimate pairedDifference(ClinicResults other, Kpi kpi) {
        return summary.pairedDifference(other.summary, kpi.key());
    }
}
