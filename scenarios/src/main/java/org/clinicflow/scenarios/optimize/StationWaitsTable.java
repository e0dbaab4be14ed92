package org.clinicflow.scenarios.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.clinicflow.scenarios.report.TextTable;

/**
 * The waiting tables against the simulator, per station, for the validation's two rosters: MA-task waiting the
 * tables predicted (as the solver used them) and what the simulation measured, in patient-minutes a day.
 */
public final class StationWaitsTable {
    public static final List<String> HEADER = List.of("station", "baseline predicted", "baseline simulated",
            "optimized predicted", "optimized simulated");

    private StationWaitsTable() {
    }

    public static List<List<String>> rows(OptimizeOutcome o) {
        TreeSet<String> stations = new TreeSet<>();
        stations.addAll(o.baselinePredicted().byStation().keySet());
        stations.addAll(o.baseline().taskWaits().byStation().keySet());
        stations.addAll(o.optimized().taskWaits().byStation().keySet());
        List<List<String>> rows = new ArrayList<>();
        for (String s : stations) {
            rows.add(List.of(s, f(o.baselinePredicted().of(s)), f(o.baseline().taskWaits().of(s)),
                    f(o.optimizedPredicted().of(s)), f(o.optimized().taskWaits().of(s))));
        }
        rows.add(List.of("all stations", f(o.baselinePredicted().total()), f(o.baseline().taskWaits().total()),
                f(o.optimizedPredicted().total()), f(o.optimized().taskWaits().total())));
        return rows;
    }

    public static String render(OptimizeOutcome o) {
        TextTable t = new TextTable(HEADER.toArray(String[]::new));
        rows(o).forEach(r -> t.row(r.toArray()));
        return t.render();
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%,.1f", v);
    }
}
