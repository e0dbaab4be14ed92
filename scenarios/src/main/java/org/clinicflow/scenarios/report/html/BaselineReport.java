package org.clinicflow.scenarios.report.html;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.report.KpiTable;
import org.clinicflow.scenarios.report.chart.ChartFiles;
import org.clinicflow.scenarios.report.chart.ChartSize;
import org.clinicflow.scenarios.report.chart.CoverageChart;
import org.clinicflow.scenarios.report.chart.RenderedChart;
import org.clinicflow.scenarios.report.chart.RosterGantt;
import org.clinicflow.scenarios.report.chart.RosterGanttChart;
import org.clinicflow.scenarios.report.chart.SupplyStockChart;
import org.clinicflow.scenarios.report.chart.UtilizationChart;
import org.clinicflow.scenarios.report.chart.WaitDistributionChart;
import org.clinicflow.scenarios.report.chart.WaitHistogram;
import org.clinicflow.scenarios.report.profile.ClinicProfile;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.jfree.chart.JFreeChart;

/**
 * The report of one simulated roster: headline KPIs, coverage against demand, the waiting-time distribution,
 * utilization by hour, the roster (Gantt chart and grid), supply stock, every KPI, an optional explanation, and notes
 * on method. Charts go to {@code DIR/charts} as PNG and SVG.
 */
public final class BaselineReport {
    /** The folder, under the report's, that holds the chart files. */
    public static final String CHARTS = "charts";

    private BaselineReport() {
    }

    /**
     * Renders the charts into {@code dir/charts} and returns the report's content. {@code source} names the scenario
     * (file or built-in); {@code explanation} is plain text shown as written (a solver's score explanation), or null.
     */
    public static ReportContent build(String source, Clinic clinic, ClinicResults results, ClinicProfile profile,
                                      Path dir, String explanation) {
        Path charts = dir.resolve(CHARTS);
        String subtitle = subtitle(clinic, results.plan());
        List<ReportSection> sections = new ArrayList<>();
        sections.add(KpiSections.of("Key figures", "What patients and staff experienced with this roster.", results,
                KpiTable.HEADLINE));
        sections.add(new ChartSection("Coverage against demand", "Bars: MA work requested in each hour (minutes of"
                + " MA tasks asked for in the hour / 60), the MAs it would keep busy all hour; vermillion where it"
                + " exceeds the MAs on duty. Line: MAs on duty by the roster, planned breaks excluded. Means over"
                + " replications and over the weeks simulated.", List.of(write(CoverageChart.create(
                        profile.coverage(clinic.baselineRoster()), subtitle), charts, "coverage"))));
        WaitHistogram waits = profile.waitingRoom("This roster");
        if (waits.total() > 0) {
            sections.add(new ChartSection("Waiting-time distribution", "Waiting-room time of every completed visit,"
                    + " arrival to the start of rooming, pooled over replications: bars give the share of patients"
                    + " per bin, the line the share who waited less than the time on the axis.",
                    List.of(write(WaitDistributionChart.create(List.of(waits), subtitle), charts, "waiting-time"))));
        }
        sections.add(new ChartSection("Utilization by hour", "Busy time as a share of time on duty in each hour of"
                + " the day over all days simulated: MAs (task minutes / shift minutes less planned breaks, including"
                + " overtime), providers (minutes with patients / session minutes including overtime), exam rooms"
                + " (minutes held, scaled to the simulator's exact room occupancy / rooms x opening hours).",
                List.of(write(UtilizationChart.create(profile.utilization(), subtitle), charts,
                        "utilization-by-hour"))));
        RosterGantt gantt = RosterGantt.of(clinic, clinic.baselineRoster());
        List<RenderedChart> ganttCharts = new ArrayList<>();
        for (int w = 0; w < gantt.weeks(); w++) {
            int week = w;
            if (gantt.shifts().stream().anyMatch(s -> s.day() / 7 == week)) {
                ganttCharts.add(write(RosterGanttChart.create(gantt, w, clinic.name() + ": the roster simulated"),
                        charts, "roster-week-" + (w + 1)));
            }
        }
        if (!ganttCharts.isEmpty()) {
            sections.add(new ChartSection("Roster", "Each bar is a shift, coloured by station and named by its shift"
                    + " template; the pale gap is the planned unpaid break.", ganttCharts));
        }
        sections.add(new RosterSection("Roster by day", "Who works which shift where, with each MA's paid hours"
                + " per week (shift length less unpaid breaks).", RosterGrid.of(gantt)));
        if (!clinic.supplies().isEmpty()) {
            List<RenderedChart> stock = new ArrayList<>();
            List<JFreeChart> pages = SupplyStockChart.create(profile.supplyStock(), subtitle);
            for (int i = 0; i < pages.size(); i++) {
                stock.add(write(pages.get(i), charts, "supply-stock-" + (i + 1)));
            }
            sections.add(new ChartSection("Supply stock", "Units on hand at the end of each day: the mean over"
                    + " replications, the band from the lowest to the highest replication, and the reorder point"
                    + " at which an order is placed.", stock));
        }
        sections.add(KpiSections.of("All KPIs", "Every KPI the simulator reports; definitions in docs/kpis.md.",
                results, List.of(Kpi.values())));
        if (explanation != null && !explanation.isBlank()) {
            sections.add(TextSection.preformatted("Explanation", explanation));
        }
        sections.add(TextSection.paragraphs("Method", MethodNotes.of(source, clinic, results.plan())));
        return new ReportContent(clinic.name() + " — clinic report", subtitle, sections);
    }

    static String subtitle(Clinic clinic, ExperimentPlan plan) {
        return clinic.name() + ": " + plan.replications() + " replications x " + plan.days() + " days from "
                + clinic.startDate() + (plan.warmupDays() > 0 ? " (first " + plan.warmupDays() + " left out)" : "")
                + ", seed " + plan.seed();
    }

    private static RenderedChart write(JFreeChart chart, Path dir, String name) {
        return ChartFiles.write(chart, dir, name, ChartSize.SLIDE);
    }
}
