package org.clinicflow.scenarios.experiment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/**
 * A sweep's outcome: for each value of {@code parameter} (an override path, or {@code mas}), the results of the clinic
 * it gives, all on common random numbers. With a service target, {@code chosen} is the index of the cheapest setting
 * (lowest mean laborCost) whose 95% interval meets it, empty when none does. {@code parameterLabel} names the axis for
 * charts; {@code precision} tells how the replication count was chosen when a precision target chose it.
 */
public record SweepResult(String scenario, String parameter, String parameterLabel, List<Double> values,
                          List<ClinicResults> results, Optional<ServiceTarget> target, OptionalInt chosen,
                          Optional<PrecisionOutcome> precision) {
    public SweepResult {
        values = List.copyOf(values);
        results = List.copyOf(results);
        if (values.size() != results.size() || values.isEmpty()) {
            throw new IllegalArgumentException("a sweep needs one result per value, got " + values.size()
                    + " values and " + results.size() + " results");
        }
    }

    /** A KPI across the settings, in value order: means and 95% intervals for a chart's line and band. */
    public List<Estimate> series(Kpi kpi) {
        return results.stream().map(r -> r.estimate(kpi)).toList();
    }

    /** The chosen setting's value. */
    public Optional<Double> chosenValue() {
        return chosen.isPresent() ? Optional.of(values.get(chosen.getAsInt())) : Optional.empty();
    }

    /** True when setting {@code i} meets the target with its whole 95% interval. */
    public boolean meetsTarget(int i) {
        return target.isPresent() && target.get().metBy(results.get(i).estimate(target.get().kpi()));
    }

    /** The value as a scenario file writes it: {@code 9}, {@code 0.15}. */
    public String label(int i) {
        return format(values.get(i));
    }

    public String currency() {
        return results.get(0).currency();
    }

    static String format(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
