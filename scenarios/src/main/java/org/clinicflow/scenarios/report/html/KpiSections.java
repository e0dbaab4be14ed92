package org.clinicflow.scenarios.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.report.KpiFormat;
import org.clinicflow.simulator.clinic.results.Kpi;

/** KPI tables for reports: one experiment's KPIs with 95% intervals, or two compared on common random numbers. */
public final class KpiSections {
    private KpiSections() {
    }

    /** KPI, mean ± 95% CI, unit and definition of each KPI listed. */
    public static TableSection of(String heading, String intro, ClinicResults results, List<Kpi> kpis) {
        List<List<String>> rows = new ArrayList<>();
        for (Kpi k : kpis) {
            rows.add(List.of(k.key(), KpiFormat.estimate(k, results.estimate(k), results.currency()),
                    KpiFormat.unit(k, results.currency()), k.definition()));
        }
        return new TableSection(heading, intro, List.of("KPI", "mean ± 95% CI", "unit", "definition"), rows,
                "Means across " + results.plan().replications() + " replications with 95% Student-t confidence"
                        + " intervals (half-widths after ±).", Set.of(2, 3));
    }

    /**
     * Each KPI of two experiments side by side with the paired difference (variant - baseline) and its 95% interval:
     * both must have run the same replications from one seed (common random numbers).
     */
    public static TableSection comparison(String heading, String intro, ClinicResults baseline, String baselineName,
                                          ClinicResults variant, String variantName, List<Kpi> kpis) {
        List<List<String>> rows = new ArrayList<>();
        for (Kpi k : kpis) {
            rows.add(List.of(k.key(), KpiFormat.estimate(k, baseline.estimate(k), baseline.currency()),
                    KpiFormat.estimate(k, variant.estimate(k), variant.currency()),
                    KpiFormat.difference(k, baseline.pairedDifference(variant, k), baseline.currency()),
                    KpiFormat.unit(k, baseline.currency())));
        }
        return new TableSection(heading, intro, List.of("KPI", baselineName, variantName,
                "difference [95% CI]", "unit"), rows, "Differences are " + variantName + " minus " + baselineName
                + ", replication by replication on common random numbers, with paired 95% Student-t intervals;"
                + " an interval that excludes 0 is a difference the replications can tell apart.", Set.of(4));
    }
}
