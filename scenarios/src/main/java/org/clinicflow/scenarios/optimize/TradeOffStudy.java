package org.clinicflow.scenarios.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.clinicflow.optimizer.plan.RosterProblem;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.optimizer.solver.RosterOptimizer;
import org.clinicflow.optimizer.solver.RosterResult;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.Comparison;
import org.clinicflow.scenarios.report.KpiFormat;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/**
 * Solves an optimize run's clinic again at other prices of patient waiting, with the same measured workload and
 * calibration, and simulates every roster on the run's validation replications, so all of them and the baseline are
 * compared on the same patients (common random numbers).
 */
public final class TradeOffStudy {
    /** At most this many prices in one study. */
    public static final int MAX_PRICES = 8;

    private TradeOffStudy() {
    }

    /**
     * The trade-off of {@code outcome} (whose own roster joins at its price) and rosters solved at {@code cents}.
     * Progress: one SOLVING and one VALIDATING stage per extra price.
     */
    public static TradeOff run(OptimizeOutcome outcome, List<Double> cents, WorkflowProgress progress) {
        OptimizeRequest request = outcome.request();
        double reference = request.solver().prices().waitingCentsPerPatientMinute();
        TreeSet<Double> prices = new TreeSet<>();
        for (double c : cents) {
            ModelInputException.requireNonNegative("waiting price", c);
            prices.add(c);
        }
        prices.remove(reference);
        if (prices.size() + 1 > MAX_PRICES) {
            throw new ModelInputException("trade-off", "at most " + MAX_PRICES + " waiting prices, got "
                    + (prices.size() + 1));
        }
        List<ClinicResults> simulated = new ArrayList<>(List.of(outcome.baseline().results(),
                outcome.optimized().results()));
        List<RosterResult> results = new ArrayList<>(List.of(outcome.result()));
        List<Double> solvedAt = new ArrayList<>(List.of(reference));
        RosterProblem problem = RosterProblem.fresh(request.clinic(), request.weeks(), outcome.workload().profile())
                .withCalibration(outcome.calibration());
        for (double price : prices) {
            OptimizerSettings settings = request.solver().withPrices(request.solver().prices().withWaitingCents(price));
            progress.stageStarted(WorkflowStage.SOLVING, 0, "waiting at " + cents(price));
            RosterResult result = new RosterOptimizer(settings).solve(problem, progress.solver());
            progress.stageFinished(WorkflowStage.SOLVING);
            progress.stageStarted(WorkflowStage.VALIDATING, request.validation().replications(), cents(price));
            simulated.add(SimulatedRoster.run(cents(price), request.clinic(), result.roster(), request.validation(),
                    progress::unitsDone).results());
            progress.stageFinished(WorkflowStage.VALIDATING);
            results.add(result);
            solvedAt.add(price);
        }
        Comparison comparison = new Comparison(simulated, Optional.empty());
        List<TradeOffRoster> rosters = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            rosters.add(new TradeOffRoster(solvedAt.get(i), results.get(i), simulated.get(i + 1),
                    RosterVerdict.of(comparison, i + 1)));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < rosters.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> rosters.get(i).waitingCents()));
        List<TradeOffRoster> sorted = order.stream().map(rosters::get).toList();
        Optional<TradeOffRoster> best = recommend(comparison, rosters, reference);
        return new TradeOff(outcome.baseline().results(), sorted, comparison, reference, best);
    }

    /**
     * Among rosters that beat the baseline, the one whose simulated labor cost plus waiting (patient-minutes past the
     * appointment, valued at {@code referenceCents}) changes least from the baseline's.
     */
    static Optional<TradeOffRoster> recommend(Comparison comparison, List<TradeOffRoster> rosters,
                                              double referenceCents) {
        TradeOffRoster best = null;
        double bestChange = Double.POSITIVE_INFINITY;
        double visits = comparison.base().estimate(Kpi.VISITS_COMPLETED).mean();
        for (int i = 0; i < rosters.size(); i++) {
            TradeOffRoster r = rosters.get(i);
            if (!r.verdict().outcome().improves()) {
                continue;
            }
            Estimate cost = comparison.difference(i + 1, Kpi.LABOR_COST);
            Estimate wait = comparison.difference(i + 1, Kpi.WAIT_PAST_APPOINTMENT_MINUTES);
            double change = cost.mean() + referenceCents / 100 * wait.mean() * visits;
            if (change < bestChange) {
                best = r;
                bestChange = change;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "34¢" for 34 cents. */
    static String cents(double c) {
        return KpiFormat.plain(c) + "¢";
    }
}
