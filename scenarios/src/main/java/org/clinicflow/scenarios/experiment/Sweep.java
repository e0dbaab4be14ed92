package org.clinicflow.scenarios.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.IntConsumer;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * Runs the settings of a sweep on common random numbers and picks the cheapest that meets a service target. Cheapest
 * is the lowest mean {@code laborCost}, the cost the knob changes (overtime included); among equal costs the first
 * setting wins. A setting qualifies only when its whole 95% interval meets the target (see {@link ServiceTarget}).
 */
public final class Sweep {
    private Sweep() {
    }

    /**
     * Runs every point on the plan's replications (or, with a precision target, until every point's half-widths are
     * within it). {@code progress} hears clinic-replications finished.
     */
    public static SweepResult run(String scenario, String parameter, String parameterLabel, List<SweepPoint> points,
                                  ExperimentPlan plan, Optional<ServiceTarget> target,
                                  Optional<PrecisionTarget> precision, IntConsumer progress) {
        List<NamedClinic> clinics = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (SweepPoint p : points) {
            values.add(p.value());
            clinics.add(new NamedClinic(parameter + "=" + SweepResult.format(p.value()), p.clinic()));
        }
        ExperimentRun run = precision.isPresent()
                ? CommonRandomNumbers.runUntilPrecise(clinics, plan, precision.get(), PrecisionTarget.Basis.EACH_CLINIC,
                        progress)
                : new ExperimentRun(CommonRandomNumbers.run(clinics, plan, progress), Optional.empty());
        OptionalInt chosen = target.map(t -> cheapestMeeting(run.results(), t)).orElse(OptionalInt.empty());
        return new SweepResult(scenario, parameter, parameterLabel, values, run.results(), target, chosen,
                run.precision());
    }

    /** The index of the setting with the lowest mean laborCost among those whose interval meets the target. */
    public static OptionalInt cheapestMeeting(List<ClinicResults> results, ServiceTarget target) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        for (int i = 0; i < results.size(); i++) {
            ClinicResults r = results.get(i);
            double cost = r.estimate(Kpi.LABOR_COST).mean();
            if (target.metBy(r.estimate(target.kpi())) && cost < bestCost) {
                best = i;
                bestCost = cost;
            }
        }
        return best < 0 ? OptionalInt.empty() : OptionalInt.of(best);
    }

    /** The setting closest to the target by its mean (for "none meets it; the best is ..."). */
    public static int closestToTarget(List<ClinicResults> results, ServiceTarget target) {
        int best = 0;
        for (int i = 1; i < results.size(); i++) {
            if (target.better(results.get(i).estimate(target.kpi()), results.get(best).estimate(target.kpi()))) {
                best = i;
            }
        }
        return best;
    }
}
