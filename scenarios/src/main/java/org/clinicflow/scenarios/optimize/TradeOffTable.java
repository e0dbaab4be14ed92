package org.clinicflow.scenarios.optimize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.report.KpiFormat;
import org.clinicflow.scenarios.report.KpiJson;
import org.clinicflow.scenarios.report.TextTable;
import org.clinicflow.scenarios.report.chart.ChartFiles;
import org.clinicflow.scenarios.report.chart.ChartSize;
import org.clinicflow.scenarios.report.chart.TradeOffChart;
import org.clinicflow.scenarios.report.chart.TradeOffPoint;
import org.clinicflow.scenarios.report.html.ChartSection;
import org.clinicflow.scenarios.report.html.ReportSection;
import org.clinicflow.scenarios.report.html.TableSection;
import org.clinicflow.simulator.clinic.results.Kpi;

/** A trade-off study for people (a table, a chart, report sections) and for scripts (JSON). */
public final class TradeOffTable {
    static final List<String> HEADER = List.of("roster", "labor cost", "Δ labor cost [95% CI]",
            "wait past appointment (min)", "Δ wait [95% CI]", "MA overtime (min/shift)", "verdict");
    static final String WAIT_AXIS = "Wait past appointment to rooming (minutes)";

    private TradeOffTable() {
    }

    public static List<List<String>> rows(TradeOff t) {
        String currency = t.baseline().currency();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("baseline", t.baseline(), "-", "-", "-", currency));
        for (int i = 0; i < t.rosters().size(); i++) {
            TradeOffRoster r = t.rosters().get(i);
            String name = r.label() + (t.recommended().filter(x -> x == r).isPresent() ? " (recommended)" : "");
            rows.add(row(name, r.simulated(),
                    KpiFormat.difference(Kpi.LABOR_COST, r.verdict().costDifference(), currency),
                    KpiFormat.difference(Kpi.WAIT_PAST_APPOINTMENT_MINUTES, r.verdict().waitDifference(), currency),
                    r.verdict().outcome().words(), currency));
        }
        return rows;
    }

    private static List<String> row(String name, ClinicResults s, String costDiff, String waitDiff, String verdict,
                                    String currency) {
        return List.of(name, KpiFormat.estimate(Kpi.LABOR_COST, s.estimate(Kpi.LABOR_COST), currency), costDiff,
                KpiFormat.estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES, s.estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES),
                        currency), waitDiff,
                KpiFormat.estimate(Kpi.MA_OVERTIME_MINUTES, s.estimate(Kpi.MA_OVERTIME_MINUTES), currency), verdict);
    }

    public static String render(TradeOff t) {
        TextTable table = new TextTable(HEADER.toArray(String[]::new));
        rows(t).forEach(r -> table.row(r.toArray()));
        return table.render();
    }

    /** The table and the chart (written to {@code chartDir} as PNG and SVG) as report sections. */
    public static List<ReportSection> sections(TradeOff t, Path chartDir, String subtitle) {
        List<TradeOffPoint> points = new ArrayList<>();
        points.add(TradeOffPoint.of("baseline", t.baseline().estimate(Kpi.LABOR_COST),
                t.baseline().estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES)));
        for (TradeOffRoster r : t.rosters()) {
            points.add(TradeOffPoint.of(r.label(), r.simulated().estimate(Kpi.LABOR_COST),
                    r.simulated().estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES)));
        }
        var chart = ChartFiles.write(TradeOffChart.create(points, "Labor cost over the run ("
                + t.baseline().currency() + ")", WAIT_AXIS, subtitle), chartDir, "trade-off", ChartSize.SLIDE);
        return List.of(
                new ChartSection("Cost against waiting across waiting prices", "Each point is a roster solved with"
                        + " patient waiting priced as labelled (cents per patient-minute), simulated on the same"
                        + " replications as the baseline; bars are 95% confidence intervals. The dashed line joins"
                        + " the rosters no other beats on both.", List.of(chart)),
                new TableSection("Trade-off", t.recommendation(), HEADER, rows(t), "Δ is the roster minus the"
                        + " baseline, replication by replication (common random numbers), with its 95% interval.",
                        Set.of(0, 6)));
    }

    /** Every roster's waiting price, KPIs, paired differences and verdict, and the recommendation. */
    public static Map<String, Object> json(TradeOff t) {
        String currency = t.baseline().currency();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("referenceWaitingCentsPerPatientMinute", t.referenceCents());
        m.put("recommendedWaitingCents", t.recommended().map(TradeOffRoster::waitingCents).orElse(null));
        m.put("recommendation", t.recommendation());
        List<Map<String, Object>> rosters = new ArrayList<>();
        for (TradeOffRoster r : t.rosters()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("waitingCentsPerPatientMinute", r.waitingCents());
            x.put("verdict", r.verdict().outcome().name().toLowerCase(java.util.Locale.ROOT));
            x.put("laborCost", KpiJson.estimate(Kpi.LABOR_COST, r.simulated().estimate(Kpi.LABOR_COST), currency));
            x.put("laborCostDifference", KpiJson.estimate(Kpi.LABOR_COST, r.verdict().costDifference(), currency));
            x.put("waitPastAppointmentMinutes", KpiJson.estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES,
                    r.simulated().estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES), currency));
            x.put("waitPastAppointmentMinutesDifference", KpiJson.estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES,
                    r.verdict().waitDifference(), currency));
            rosters.add(x);
        }
        m.put("rosters", rosters);
        return m;
    }
}
