package org.clinicflow.scenarios.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.clinicflow.scenarios.experiment.PrecisionOutcome;
import org.clinicflow.simulator.clinic.results.Kpi;

/** How the number of replications was chosen, for JSON: fixed, or auto with the target and how it ended. */
public final class PrecisionJson {
    private PrecisionJson() {
    }

    public static Map<String, Object> of(int replications, Optional<PrecisionOutcome> precision) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", precision.isPresent() ? "auto" : "fixed");
        m.put("replications", replications);
        precision.ifPresent(p -> {
            m.put("halfWidthTarget", p.target().halfWidth());
            m.put("kpis", p.target().kpis().stream().map(Kpi::key).toList());
            m.put("maxReplications", p.target().maxReplications());
            m.put("reached", p.reached());
            m.put("widestHalfWidth", KpiJson.finite(p.widestHalfWidth()));
            m.put("widestKpi", p.widestKpi() == null ? null : p.widestKpi().key());
            m.put("widestOf", p.widestOf());
        });
        return m;
    }
}
