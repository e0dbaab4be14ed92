package org.clinicflow.scenarios.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clinicflow.scenarios.experiment.SweepResult;

/**
 * A sweep as JSON: the parameter, the target and the chosen setting, and each setting's KPIs under the keys of
 * {@link KpiJson}.
 */
public final class SweepJson {
    private SweepJson() {
    }

    public static Map<String, Object> of(SweepResult s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", s.scenario());
        root.put("parameter", s.parameter());
        root.put("parameterLabel", s.parameterLabel());
        root.put("currency", s.currency());
        root.put("replications", PrecisionJson.of(s.results().get(0).plan().replications(), s.precision()));
        s.target().ifPresent(t -> {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("kpi", t.kpi().key());
            target.put("relation", t.relation().symbol());
            target.put("threshold", t.threshold());
            target.put("rule", "the whole 95% confidence interval meets the threshold; cheapest by mean laborCost");
            target.put("chosenValue", s.chosenValue().orElse(null));
            root.put("target", target);
        });
        List<Object> settings = new ArrayList<>();
        for (int i = 0; i < s.values().size(); i++) {
            Map<String, Object> setting = new LinkedHashMap<>();
            setting.put("value", s.values().get(i));
            if (s.target().isPresent()) {
                setting.put("meetsTarget", s.meetsTarget(i));
            }
            setting.put("kpis", KpiJson.of(s.results().get(i)).get("kpis"));
            settings.add(setting);
        }
        root.put("settings", settings);
        return root;
    }
}
