package org.clinicflow.scenarios.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.clinicflow.simulator.queueing.QueueModel;
import org.clinicflow.simulator.queueing.QueueModelSpec;
import org.clinicflow.simulator.queueing.QueueTheory;
import org.clinicflow.simulator.random.RandomStreams;
import org.clinicflow.simulator.stats.Estimate;
import org.clinicflow.simulator.stats.ReplicationRunner;
import org.clinicflow.simulator.stats.ReplicationSummary;
import org.clinicflow.simulator.stats.Responses;

/** Replications of one plain queue, summarised with 95% CIs and set beside queueing theory. */
record QueueRun(QueueModelSpec spec, ReplicationSummary summary, Optional<QueueTheory> theory) implements QueueLevel {

    static QueueRun run(QueueModelSpec spec, int replications, long seed, int threads) {
        List<Responses> reps = new ReplicationRunner(threads)
                .run(replications, r -> new QueueModel(spec, new RandomStreams(seed, r)).run());
        return new QueueRun(spec, new ReplicationSummary(reps), QueueTheory.of(spec));
    }

    @Override
    public int servers() {
        return spec.servers();
    }

    Estimate meanWait() {
        return summary.get("queue.wait");
    }

    Estimate probabilityOfWaiting() {
        return summary.get("queue.waited");
    }

    Estimate utilization() {
        return summary.get("queue.utilization");
    }

    /** The main figures, for JSON output. */
    @Override
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("servers", spec.servers());
        m.put("offeredUtilization", spec.utilization());
        m.put("stable", spec.utilization() < 1);
        m.put("meanWaitMinutes", estimateJson(meanWait()));
        m.put("probabilityOfWaiting", estimateJson(probabilityOfWaiting()));
        m.put("meanTimeInSystemMinutes", estimateJson(summary.get("system.time")));
        m.put("p90WaitMinutes", estimateJson(summary.get("queue.wait.p90")));
        m.put("utilization", estimateJson(utilization()));
        theory.ifPresent(t -> {
            Map<String, Object> th = new LinkedHashMap<>();
            th.put("formula", t.formula());
            th.put("exact", t.exact());
            th.put("meanWaitMinutes", t.meanWait());
            if (!Double.isNaN(t.probabilityOfWaiting())) {
                th.put("probabilityOfWaiting", t.probabilityOfWaiting());
            }
            m.put("theory", th);
        });
        return m;
    }

    static Map<String, Object> estimateJson(Estimate e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", finiteOrNull(e.mean()));
        m.put("ci95Low", finiteOrNull(e.lower()));
        m.put("ci95High", finiteOrNull(e.upper()));
        m.put("replications", e.n());
        return m;
    }

    private static Double finiteOrNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    static String fmt(double v, int decimals) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
}
