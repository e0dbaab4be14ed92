package org.clinicflow.scenarios.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clinicflow.scenarios.scenario.DidYouMean;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.clinic.results.Kpi;

/** KPIs named by their keys (docs/kpis.md) in options and targets, with a did-you-mean for a mistyped key. */
public final class KpiNames {
    private KpiNames() {
    }

    /** The KPI with this key; {@code where} names the option in the message when there is none. */
    public static Kpi byKey(String key, String where) {
        String k = key.trim();
        List<String> keys = Arrays.stream(Kpi.values()).map(Kpi::key).toList();
        return Arrays.stream(Kpi.values()).filter(x -> x.key().equals(k)).findFirst()
                .orElseThrow(() -> new ModelInputException(where, "no KPI named '" + k + "'"
                        + DidYouMean.hint(k, keys) + "; KPIs: " + String.join(", ", keys)));
    }

    /** A comma-separated list of keys. */
    public static List<Kpi> list(String keys, String where) {
        List<Kpi> out = new ArrayList<>();
        for (String k : keys.split(",")) {
            if (!k.isBlank()) {
                Kpi kpi = byKey(k, where);
                if (!out.contains(kpi)) {
                    out.add(kpi);
                }
            }
        }
        if (out.isEmpty()) {
            throw new ModelInputException(where, "name at least one KPI, e.g. waitingRoomMinutes");
        }
        return out;
    }
}
