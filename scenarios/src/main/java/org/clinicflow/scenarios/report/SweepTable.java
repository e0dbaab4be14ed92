package org.clinicflow.scenarios.report;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.scenarios.experiment.SweepResult;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * A sweep for the terminal: one row per setting, each KPI's mean ± 95% CI, and whether it meets the target ("yes" when
 * the whole interval does, "mean only" when just the mean does).
 */
public final class SweepTable {
    private SweepTable() {
    }

    public static String render(SweepResult s, List<Kpi> kpis) {
        List<String> header = new ArrayList<>();
        header.add(s.parameter());
        for (Kpi k : kpis) {
            header.add(k.key() + " (" + KpiFormat.unit(k, s.currency()) + ")");
        }
        if (s.target().isPresent()) {
            header.add("meets target");
        }
        TextTable t = new TextTable(header.toArray(String[]::new));
        for (int i = 0; i < s.values().size(); i++) {
            List<Object> row = new ArrayList<>();
            row.add(s.label(i));
            for (Kpi k : kpis) {
                row.add(KpiFormat.estimate(k, s.results().get(i).estimate(k), s.currency()));
            }
            if (s.target().isPresent()) {
                boolean chosen = s.chosen().isPresent() && s.chosen().getAsInt() == i;
                boolean onMean = s.target().get().meanMeets(s.results().get(i).estimate(s.target().get().kpi()));
                row.add(s.meetsTarget(i) ? (chosen ? "yes, cheapest" : "yes") : onMean ? "mean only" : "no");
            }
            t.row(row.toArray());
        }
        return t.render();
    }
}
