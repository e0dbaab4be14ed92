package org.clinicflow.scenarios.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.Comparison;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * A comparison as JSON: each scenario's KPIs (as {@link KpiJson}) with how it was defined, and each one's paired
 * differences from the base under the same keys ({mean, ci95Low, ci95High, halfWidth, replications, unit}), with the
 * reading of each ({@code changed}, {@code no-clear-difference}, {@code unchanged}) and the verdict sentence.
 */
public final class ComparisonJson {
    private ComparisonJson() {
    }

    /** {@code definitions} says how each scenario was made (file and overrides), in the comparison's order. */
    public static Map<String, Object> of(Comparison c, List<String> definitions) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("base", c.base().scenario());
        root.put("currency", c.currency());
        root.put("replications", PrecisionJson.of(c.base().plan().replications(), c.precision()));
        List<Object> scenarios = new ArrayList<>();
        for (int i = 0; i < c.scenarios().size(); i++) {
            Map<String, Object> s = KpiJson.of(c.scenarios().get(i));
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("scenario", s.remove("scenario"));
            entry.put("definition", definitions.get(i));
            entry.putAll(s);
            scenarios.add(entry);
        }
        root.put("scenarios", scenarios);
        List<Object> differences = new ArrayList<>();
        for (int i = 1; i < c.scenarios().size(); i++) {
            ClinicResults r = c.scenarios().get(i);
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("scenario", r.scenario());
            d.put("minus", c.base().scenario());
            d.put("verdict", ComparisonVerdict.sentence(c, i, ComparisonVerdict.MAIN));
            Map<String, Object> kpis = new LinkedHashMap<>();
            for (Kpi k : Kpi.values()) {
                Map<String, Object> e = KpiJson.estimate(k, c.difference(i, k), c.currency());
                e.put("reading", ComparisonVerdict.reading(c.difference(i, k)).name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', '-'));
                kpis.put(k.key(), e);
            }
            d.put("kpis", kpis);
            differences.add(d);
        }
        root.put("differences", differences);
        return root;
    }
}
