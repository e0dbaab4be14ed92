package org.clinicflow.scenarios.batch;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.experiment.PrecisionTarget;
import org.clinicflow.scenarios.scenario.ScenarioOverride;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * What every scenario of a batch is run with: the plan (days, warm-up, replications, seed, threads), a precision
 * target when the replications are {@code auto}, the overrides applied to every scenario, the steps run on each, and
 * the ClinicFlow version (results of another version are not reused).
 */
public record BatchSettings(ExperimentPlan plan, Optional<PrecisionTarget> precision,
                            List<ScenarioOverride> overrides, List<BatchStep> steps, String version) {
    public BatchSettings {
        overrides = List.copyOf(overrides);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one step");
        }
    }

    /**
     * Everything here that changes a scenario's results, as text: the threads are left out, since results do not
     * depend on them.
     */
    String describe() {
        StringBuilder b = new StringBuilder();
        b.append("clinicflow ").append(version).append('\n');
        b.append("days ").append(plan.days()).append(", warm-up ").append(plan.warmupDays()).append(", seed ")
                .append(plan.seed()).append('\n');
        b.append(precision.map(t -> "replications auto: half-width " + t.halfWidth() + " on "
                        + t.kpis().stream().map(Kpi::key).collect(Collectors.joining(",")) + ", at most "
                        + t.maxReplications())
                .orElse("replications " + plan.replications())).append('\n');
        overrides.forEach(o -> b.append("override ").append(o).append('\n'));
        steps.forEach(s -> b.append("step ").append(s.name()).append(": ").append(s.fingerprint()).append('\n'));
        return b.toString();
    }
}
