package org.clinicflow.scenarios.experiment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;
import org.clinicflow.simulator.stats.ReplicationRunner;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.clinicflow.simulator.stats.Responses;

/**
 * Runs several clinics on common random numbers: each clinic runs replications 0..n-1 from the same seed, so
 * replication r of every clinic sees the same patients where the clinics agree, and paired differences are tight.
 * Either a fixed n (the plan's), or sequentially: batches of replications until a {@link PrecisionTarget} is met. A
 * sequential run decides each batch from the results alone, never from the thread count, and replication r is the same
 * whichever batch ran it, so its results equal a fixed run with the final n.
 */
public final class CommonRandomNumbers {
    private CommonRandomNumbers() {
    }

    /**
     * Runs each clinic on the plan's replications. {@code progress} hears the number of clinic-replications finished
     * so far (of clinics x replications), from any thread.
     */
    public static List<ClinicResults> run(List<NamedClinic> clinics, ExperimentPlan plan, IntConsumer progress) {
        List<List<Responses>> reps = emptyLists(clinics.size());
        replications(clinics, plan, 0, plan.replications(), none(clinics.size()), progress, 0, reps);
        return results(clinics, plan, reps);
    }

    /**
     * Runs batches of replications until every half-width {@code basis} names is within the target, or the target's
     * cap is reached; the plan's own replication count is not used. {@code progress} hears the number of
     * clinic-replications finished so far, counting across batches.
     */
    public static ExperimentRun runUntilPrecise(List<NamedClinic> clinics, ExperimentPlan plan,
                                                PrecisionTarget target, PrecisionTarget.Basis basis,
                                                IntConsumer progress) {
        return sequential(clinics, plan, target, basis, none(clinics.size()), progress);
    }

    /** As {@link #runUntilPrecise}, with extra observers per clinic (same order as {@code clinics}). */
    static ExperimentRun sequential(List<NamedClinic> clinics, ExperimentPlan plan, PrecisionTarget target,
                                    PrecisionTarget.Basis basis, List<ReplicationObservers> extra,
                                    IntConsumer progress) {
        if (basis == PrecisionTarget.Basis.DIFFERENCE_FROM_FIRST && clinics.size() < 2) {
            throw new IllegalArgumentException("a difference needs at least two clinics");
        }
        List<List<Responses>> reps = emptyLists(clinics.size());
        int n = 0;
        int next = target.firstBatch();
        while (true) {
            replications(clinics, plan, n, next, extra, progress, n * clinics.size(), reps);
            n = next;
            List<ClinicResults> results = results(clinics, plan.withReplications(n), reps);
            Widest widest = widest(results, target, basis);
            boolean reached = widest.kpi() != null && widest.halfWidth() <= target.halfWidth();
            // Nothing measured (no KPI of the target has a number) cannot improve: stop rather than run to the cap.
            if (reached || widest.kpi() == null || n >= target.maxReplications()) {
                PrecisionOutcome outcome = new PrecisionOutcome(target, n, reached, widest.halfWidth(),
                        widest.kpi(), widest.of());
                return new ExperimentRun(results, Optional.of(outcome));
            }
            next = target.next(n, widest.halfWidth());
        }
    }

    /**
     * The widest half-width among the target's KPIs; a KPI no replication measured is left out (all left out: a null
     * KPI).
     */
    private record Widest(double halfWidth, Kpi kpi, String of) {
    }

    private static Widest widest(List<ClinicResults> results, PrecisionTarget target, PrecisionTarget.Basis basis) {
        Widest widest = null;
        ClinicResults first = results.get(0);
        int from = basis == PrecisionTarget.Basis.EACH_CLINIC ? 0 : 1;
        for (int c = from; c < results.size(); c++) {
            ClinicResults r = results.get(c);
            for (Kpi k : target.kpis()) {
                Estimate e = basis == PrecisionTarget.Basis.EACH_CLINIC ? r.estimate(k)
                        : first.pairedDifference(r, k);
                if (Double.isNaN(e.mean())) {
                    continue;
                }
                // One number gives no interval: as wide as can be, so more replications run.
                double h = Double.isNaN(e.halfWidth()) ? Double.POSITIVE_INFINITY : e.halfWidth();
                if (widest == null || h > widest.halfWidth()) {
                    String of = basis == PrecisionTarget.Basis.EACH_CLINIC ? r.scenario()
                            : r.scenario() + " - " + first.scenario();
                    widest = new Widest(h, k, of);
                }
            }
        }
        return widest != null ? widest : new Widest(Double.NaN, null, null);
    }

    /**
     * Runs replications {@code from}..{@code to-1} of every clinic on one pool, replication-major so that clinics
     * advance together, and appends them to {@code into} (one list per clinic).
     */
    private static void replications(List<NamedClinic> clinics, ExperimentPlan plan, int from, int to,
                                     List<ReplicationObservers> extra, IntConsumer progress, int doneBefore,
                                     List<List<Responses>> into) {
        int k = clinics.size();
        int count = to - from;
        List<Responses> flat = new ReplicationRunner(plan.threads()).run(k * count, t -> {
            int c = t % k;
            return ClinicExperiment.replication(clinics.get(c).clinic(), plan, from + t / k, extra.get(c));
        }, done -> progress.accept(doneBefore + done));
        for (int t = 0; t < flat.size(); t++) {
            into.get(t % k).add(flat.get(t));
        }
    }

    private static List<ClinicResults> results(List<NamedClinic> clinics, ExperimentPlan plan,
                                               List<List<Responses>> reps) {
        List<ClinicResults> out = new ArrayList<>();
        for (int c = 0; c < clinics.size(); c++) {
            out.add(new ClinicResults(clinics.get(c).name(), clinics.get(c).clinic(), plan,
                    new ReplicationSummary(reps.get(c))));
        }
        return out;
    }

    private static List<List<Responses>> emptyLists(int k) {
        List<List<Responses>> lists = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            lists.add(new ArrayList<>());
        }
        return lists;
    }

    private static List<ReplicationObservers> none(int k) {
        return Collections.nCopies(k, ReplicationObservers.NONE);
    }
}
