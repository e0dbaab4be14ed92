package org.clinicflow.scenarios.optimize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.report.KpiTable;
import org.clinicflow.scenarios.report.chart.ChartFiles;
import org.clinicflow.scenarios.report.chart.ChartSize;
import org.clinicflow.scenarios.report.chart.RenderedChart;
import org.clinicflow.scenarios.report.chart.RosterGantt;
import org.clinicflow.scenarios.report.chart.RosterGanttChart;
import org.clinicflow.scenarios.report.chart.TradeOffChart;
import org.clinicflow.scenarios.report.chart.TradeOffPoint;
import org.clinicflow.scenarios.report.html.ChartSection;
import org.clinicflow.scenarios.report.html.KpiSections;
import org.clinicflow.scenarios.report.html.ReportContent;
import org.clinicflow.scenarios.report.html.ReportSection;
import org.clinicflow.scenarios.report.html.RosterGrid;
import org.clinicflow.scenarios.report.html.RosterSection;
import org.clinicflow.scenarios.report.html.TableSection;
import org.clinicflow.scenarios.report.html.TextSection;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.Roster;
import org.clinicflow.simulator.clinic.results.Kpi;
import org.jfree.chart.JFreeChart;

/**
 * The page of an optimize run: the verdict, baseline and optimized roster side by side in simulation with paired
 * differences, cost against waiting, the optimized roster as Gantt charts and a grid, the solver's explanation, the
 * waiting tables against the simulator, the calibration (when run) and notes on method. Charts go to
 * {@code DIR/charts} as PNG and SVG.
 */
public final class OptimizeReport {
    /** The folder, under the report's, that holds the chart files. */
    public static final String CHARTS = "charts";

    private OptimizeReport() {
    }

    public static ReportContent build(OptimizeOutcome o, Path dir) {
        return build(o, Optional.empty(), dir);
    }

    /** As {@link #build(OptimizeOutcome, Path)}; a trade-off study replaces the two-roster cost chart. */
    public static ReportContent build(OptimizeOutcome o, Optional<TradeOff> tradeOff, Path dir) {
        Clinic clinic = o.request().clinic();
        Path charts = dir.resolve(CHARTS);
        String currency = clinic.currency();
        String subtitle = o.request().source() + ": " + o.request().weeks() + "-week roster from "
                + clinic.startDate() + "; validated on " + o.request().validation().replications() + " replications x "
                + o.request().validation().days() + " days, seed " + o.request().validation().seed();
        List<ReportSection> sections = new ArrayList<>();
        sections.add(TextSection.paragraphs("Verdict", o.verdict().describe() + "\n\n"
                + (o.fullyStaffed() ? "Every station has its minimum staff while providers see patients."
                        : "Warning: the roster leaves " + o.explanation().staffingGaps().size()
                                + " stretch(es) below a station's minimum staff and names why under Explanation.")));
        ClinicResults baseline = o.baseline().results();
        ClinicResults optimized = o.optimized().results();
        sections.add(KpiSections.comparison("Baseline and optimized roster in simulation", "Both rosters simulated"
                + " on the same replications (common random numbers): the same patients arrive, so the differences"
                + " come from the rosters.", baseline, "baseline", optimized, "optimized", KpiTable.HEADLINE));
        if (tradeOff.isPresent()) {
            sections.addAll(TradeOffTable.sections(tradeOff.get(), charts, subtitle));
        } else {
            sections.add(new ChartSection("Cost against waiting", "Each roster's labor cost over the validation run"
                    + " (overtime included) against its mean wait from when patients were due to rooming, with 95%"
                    + " confidence intervals.", List.of(write(TradeOffChart.create(List.of(
                            TradeOffPoint.of("baseline", baseline.estimate(Kpi.LABOR_COST),
                                    baseline.estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES)),
                            TradeOffPoint.of("optimized", optimized.estimate(Kpi.LABOR_COST),
                                    optimized.estimate(Kpi.WAIT_PAST_APPOINTMENT_MINUTES))),
                            "Labor cost over the run (" + currency + ")", TradeOffTable.WAIT_AXIS, subtitle),
                            charts, "cost-vs-waiting"))));
        }
        Roster roster = o.roster();
        RosterGantt gantt = RosterGantt.of(clinic, roster);
        List<RenderedChart> ganttCharts = new ArrayList<>();
        for (int w = 0; w < gantt.weeks(); w++) {
            int week = w;
            if (gantt.shifts().stream().anyMatch(s -> s.day() / 7 == week)) {
                ganttCharts.add(write(RosterGanttChart.create(gantt, w, clinic.name() + ": the optimized roster"),
                        charts, "roster-week-" + (w + 1)));
            }
        }
        if (!ganttCharts.isEmpty()) {
            sections.add(new ChartSection("Optimized roster", "Each bar is a shift, coloured by station and named by"
                    + " its shift template; the pale gap is the planned unpaid break.", ganttCharts));
        }
        sections.add(new RosterSection("Optimized roster by day", "Who works which shift where, with each MA's paid"
                + " hours per week (shift length less unpaid breaks).", RosterGrid.of(gantt)));
        sections.add(TextSection.preformatted("Explanation", ExplanationText.render(o)));
        sections.add(new TableSection("Waiting tables against the simulator", "MA-task waiting (patient-minutes a"
                + " day: rooming, procedures and turnover, from request to start) as the solver's tables predicted it"
                + " and as the validation simulated it.", StationWaitsTable.HEADER, StationWaitsTable.rows(o),
                "Predictions use the tables the roster was solved with" + (o.calibrationSteps().isEmpty() ? "."
                        : ", corrected by the calibration: " + CalibrationTable.factors(o.calibration()) + ".")));
        if (!o.calibrationSteps().isEmpty()) {
            sections.add(new TableSection("Calibration", "Each iteration solved with the tables corrected by every"
                    + " roster simulated before it, then simulated its roster on the calibration replications (seed "
                    + o.request().calibrationPlan().seed() + "). The roster with the smallest labor cost plus priced"
                    + " waiting-room time was kept.", CalibrationTable.HEADER,
                    CalibrationTable.rows(o.calibrationSteps(), o.chosenStep(), currency), null, Set.of(1, 8)));
        }
        sections.add(TextSection.paragraphs("Method", OptimizeMethod.describe(o)));
        return new ReportContent(clinic.name() + " — optimized roster", subtitle, sections);
    }

    private static RenderedChart write(JFreeChart chart, Path dir, String name) {
        return ChartFiles.write(chart, dir, name, ChartSize.SLIDE);
    }
}
