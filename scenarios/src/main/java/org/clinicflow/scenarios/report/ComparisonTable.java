package org.clinicflow.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.Comparison;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * Scenarios side by side for the terminal: each KPI's mean ± 95% CI per scenario, then each scenario's paired
 * difference from the first with its 95% interval.
 */
public final class ComparisonTable {
    private ComparisonTable() {
    }

    public static String render(Comparison c, List<Kpi> kpis) {
        List<String> header = new ArrayList<>();
        header.add("KPI");
        for (ClinicResults r : c.scenarios()) {
            header.add(r.scenario());
        }
        for (int i = 1; i < c.scenarios().size(); i++) {
            header.add("Δ " + c.scenarios().get(i).scenario() + " [95% CI]");
        }
        header.add("unit");
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (Kpi k : kpis) {
            List<Object> row = new ArrayList<>();
            row.add(k.key());
            for (ClinicResults r : c.scenarios()) {
                row.add(KpiFormat.estimate(k, r.estimate(k), c.currency()));
            }
            for (int i = 1; i < c.scenarios().size(); i++) {
                row.add(KpiFormat.difference(k, c.difference(i, k), c.currency()));
            }
            row.add(KpiFormat.unit(k, c.currency()));
            t.row(row.toArray());
        }
        return t.render();
    }
}
