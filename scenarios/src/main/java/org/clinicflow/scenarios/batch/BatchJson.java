package org.clinicflow.scenarios.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.scenarios.report.KpiJson;
import org.clinicflow.scenarios.scenario.ScenarioOverride;

/**
 * A batch as JSON ({@code batch --json}): the settings, the counts by status, and each scenario with its status,
 * message, files and headline figures under the keys of docs/kpis.md ({@code mean}, {@code ci95Low},
 * {@code ci95High}, {@code halfWidth}, {@code replications}, {@code unit}) and, when its roster was optimized,
 * {@code optimized}: {@code fullyStaffed}, {@code staffingGaps}, {@code maMinutesShort}, {@code breaksHardRules},
 * {@code verdict}, {@code improves}.
 */
public final class BatchJson {
    private BatchJson() {
    }

    public static Map<String, Object> of(BatchResult result, BatchSettings settings, String out) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("out", out);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("days", settings.plan().days());
        s.put("warmupDays", settings.plan().warmupDays());
        s.put("replications", settings.precision().isPresent() ? "auto" : settings.plan().replications());
        s.put("seed", settings.plan().seed());
        s.put("overrides", settings.overrides().stream().map(ScenarioOverride::toString).toList());
        s.put("steps", settings.steps().stream().map(BatchStep::name).toList());
        root.put("settings", s);
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("ok", result.count(BatchStatus.OK));
        counts.put("badInput", result.count(BatchStatus.BAD_INPUT));
        counts.put("failed", result.count(BatchStatus.FAILED));
        counts.put("reused", result.reused());
        if (result.outcomes().stream().anyMatch(o -> o.optimizedRoster().isPresent())) {
            counts.put("optimizedNotFullyStaffed", result.optimizedNotFullyStaffed());
        }
        root.put("counts", counts);
        root.put("summaryCsv", BatchRun.SUMMARY);
        root.put("index", BatchRun.INDEX);
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (ScenarioOutcome o : result.outcomes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("scenario", o.scenario());
            m.put("clinic", o.clinic());
            m.put("practiceType", o.practiceType());
            m.put("source", o.source());
            m.put("status", o.status().word());
            m.put("message", o.message());
            m.put("replications", o.replications());
            m.put("currency", o.currency());
            m.put("finished", o.finished());
            m.put("seconds", o.seconds());
            m.put("reused", o.reused());
            m.put("files", o.files());
            Map<String, Object> figures = new LinkedHashMap<>();
            o.figures().forEach((column, f) -> figures.put(column, KpiJson.estimate(f.measure(), f.estimate(),
                    o.currency())));
            m.put("figures", figures);
            o.optimizedRoster().ifPresent(r -> m.put("optimized", optimized(r)));
            scenarios.add(m);
        }
        root.put("scenarios", scenarios);
        return root;
    }

    private static Map<String, Object> optimized(OptimizedRoster r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullyStaffed", r.fullyStaffed());
        m.put("staffingGaps", r.staffingGaps());
        m.put("maMinutesShort", r.maMinutesShort());
        m.put("breaksHardRules", r.breaksHardRules());
        m.put("verdict", r.verdict());
        m.put("improves", r.improves());
        return m;
    }
}
