package org.clinicflow.scenarios.experiment;

import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/**
 * Scenarios compared side by side on common random numbers: the first is the base, and each other's KPIs are read as
 * paired differences from it, replication by replication. {@code precision} tells how the replication count was
 * chosen when a precision target chose it (judged on those differences).
 */
public record Comparison(List<ClinicResults> scenarios, Optional<PrecisionOutcome> precision) {
    public Comparison {
        scenarios = List.copyOf(scenarios);
        if (scenarios.size() < 2) {
            throw new ModelInputException("compare", "needs at least two scenarios, got " + scenarios.size());
        }
    }

    /**
     * Runs the clinics (the first is the base) on the plan's replications, or, with a precision target, until every
     * paired difference's half-width is within it. {@code progress} hears clinic-replications finished.
     */
    public static Comparison run(List<NamedClinic> clinics, ExperimentPlan plan, Optional<PrecisionTarget> precision,
                                 IntConsumer progress) {
        if (clinics.size() < 2) {
            throw new ModelInputException("compare", "needs at least two scenarios, got " + clinics.size());
        }
        String currency = clinics.get(0).clinic().currency();
        for (NamedClinic c : clinics) {
            if (!c.clinic().currency().equals(currency)) {
                throw new ModelInputException("compare", c.name() + " counts money in " + c.clinic().currency()
                        + " and " + clinics.get(0).name() + " in " + currency
                        + "; costs can only be compared in one currency");
            }
        }
        if (precision.isPresent()) {
            ExperimentRun run = CommonRandomNumbers.runUntilPrecise(clinics, plan, precision.get(),
                    PrecisionTarget.Basis.DIFFERENCE_FROM_FIRST, progress);
            return new Comparison(run.results(), run.precision());
        }
        return new Comparison(CommonRandomNumbers.run(clinics, plan, progress), Optional.empty());
    }

    /** The scenario the others are compared with. */
    public ClinicResults base() {
        return scenarios.get(0);
    }

    /** The paired difference {@code scenarios[i] - base} of a KPI, with its 95% confidence interval. */
    public Estimate difference(int i, Kpi kpi) {
        return base().pairedDifference(scenarios.get(i), kpi);
    }

    public String currency() {
        return base().currency();
    }
}
