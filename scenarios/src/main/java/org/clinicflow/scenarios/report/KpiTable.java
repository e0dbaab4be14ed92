package org.clinicflow.scenarios.report;

import java.util.List;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.simulator.clinic.results.Kpi;

/** The KPI table of one experiment: each KPI's mean with its 95% confidence interval, for the terminal. */
public final class KpiTable {
    /** The KPIs shown by default, in the order a manager reads them. */
    public static final List<Kpi> HEADLINE = List.of(
            Kpi.WAITING_ROOM_MINUTES, Kpi.WAITING_ROOM_MINUTES_P90, Kpi.WAIT_PAST_APPOINTMENT_MINUTES,
            Kpi.ROOMED_WITHIN_15_MIN_PCT,
            Kpi.EXAM_ROOM_WAIT_MINUTES, Kpi.TOTAL_WAIT_MINUTES, Kpi.CYCLE_TIME_MINUTES,
            Kpi.PROVIDER_IDLE_MINUTES, Kpi.PROVIDER_OVERTIME_MINUTES, Kpi.MA_UTILIZATION_PCT,
            Kpi.PROVIDER_UTILIZATION_PCT, Kpi.EXAM_ROOM_UTILIZATION_PCT, Kpi.MA_OVERTIME_MINUTES,
            Kpi.CLINIC_OVERRUN_MINUTES, Kpi.VISITS_COMPLETED, Kpi.NO_SHOWS, Kpi.WALK_INS_LEFT_WITHOUT_BEING_SEEN,
            Kpi.PATIENTS_NOT_SEEN, Kpi.SUPPLY_STOCKOUTS, Kpi.LABOR_COST, Kpi.OVERTIME_COST, Kpi.SUPPLY_COST);

    private KpiTable() {
    }

    public static String render(ClinicResults results, List<Kpi> kpis) {
        TextTable t = new TextTable("KPI", "mean ± 95% CI", "unit", "definition");
        for (Kpi k : kpis) {
            t.row(k.key(), KpiFormat.estimate(k, results.estimate(k), results.currency()),
                    KpiFormat.unit(k, results.currency()), k.definition());
        }
        return t.render();
    }
}
