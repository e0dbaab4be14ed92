package org.clinicflow.scenarios.report;

import java.util.LinkedHashMap;
import java.util.Map;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.clinicflow.simulator.stats.Estimate;

/**
 * The machine-readable form of an experiment's KPIs, under the fixed keys of docs/kpis.md: each KPI is
 * {mean, ci95Low, ci95High, halfWidth, replications, unit}, and money KPIs add their currency.
 */
public final class KpiJson {
    private KpiJson() {
    }

    public static Map<String, Object> of(ClinicResults results) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", results.scenario());
        root.put("currency", results.currency());
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("days", results.plan().days());
        plan.put("warmupDays", results.plan().warmupDays());
        plan.put("replications", results.plan().replications());
        plan.put("seed", results.plan().seed());
        root.put("plan", plan);
        Map<String, Object> kpis = new LinkedHashMap<>();
        for (Kpi k : Kpi.values()) {
            kpis.put(k.key(), estimate(k, results.estimate(k), results.currency()));
        }
        root.put("kpis", kpis);
        return root;
    }

    /** One estimate as JSON; NaN and infinities become null. */
    public static Map<String, Object> estimate(Kpi kpi, Estimate e, String currency) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mean", finite(e.mean()));
        m.put("ci95Low", finite(e.lower()));
        m.put("ci95High", finite(e.upper()));
        m.put("halfWidth", finite(e.halfWidth()));
        m.put("replications", e.n());
        m.put("unit", kpi.unit().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (kpi.unit() == Kpi.Unit.MONEY) {
            m.put("currency", currency);
        }
        return m;
    }

    static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
