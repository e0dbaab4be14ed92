package org.clinicflow.scenarios.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicflow.scenarios.report.KpiFormat;
import org.clinicflow.scenarios.report.chart.ChartFiles;
import org.clinicflow.scenarios.report.chart.KpiBars;
import org.clinicflow.scenarios.report.chart.RenderedChart;
import org.clinicflow.scenarios.report.chart.ScenarioBar;
import org.clinicflow.scenarios.report.chart.ScenarioKpiChart;
import org.clinicflow.scenarios.report.html.ChartSection;
import org.clinicflow.scenarios.report.html.ClinicReport;
import org.clinicflow.scenarios.report.html.ReportContent;
import org.clinicflow.scenarios.report.html.ReportSection;
import org.clinicflow.scenarios.report.html.TableSection;
import org.clinicflow.scenarios.report.html.TextSection;
import org.clinicflow.simulator.clinic.results.Kpi;

/**
 * The batch's front page, {@code index.html}: a KPI overview with a row per scenario linking to its own report, a
 * chart comparing the scenarios (waiting past the appointment and labor cost, with 95% intervals), the scenarios that
 * failed and why, and how the numbers were made. Self-contained like every report; the chart also goes to
 * {@code charts/} as PNG and SVG.
 */
final class BatchIndex {
    /** The overview's KPIs, with short headings that wrap (the keys are in the note below the table). */
    static final Map<Kpi, String> OVERVIEW = overview();
    /** The chart's KPIs, a panel each. */
    static final List<Kpi> CHARTED = List.of(Kpi.WAIT_PAST_APPOINTMENT_MINUTES, Kpi.LABOR_COST);
    /** The optimized roster's KPIs, with --optimize: the wait staffing controls, overtime and what it costs. */
    static final List<Kpi> OPTIMIZED = List.of(Kpi.WAIT_PAST_APPOINTMENT_MINUTES, Kpi.MA_OVERTIME_MINUTES,
            Kpi.LABOR_COST);
    /** The chart's file name in {@code charts/}. */
    static final String CHART = "scenarios-compared";

    private BatchIndex() {
    }

    private static Map<Kpi, String> overview() {
        Map<Kpi, String> m = new LinkedHashMap<>();
        m.put(Kpi.WAITING_ROOM_MINUTES, "Waiting room");
        m.put(Kpi.WAIT_PAST_APPOINTMENT_MINUTES, "Past appointment");
        m.put(Kpi.ROOMED_WITHIN_15_MIN_PCT, "Roomed within 15 min");
        m.put(Kpi.MA_UTILIZATION_PCT, "MA utilization");
        m.put(Kpi.MA_OVERTIME_MINUTES, "MA overtime per shift");
        m.put(Kpi.LABOR_COST, "Labor cost");
        return Collections.unmodifiableMap(m);
    }

    static void write(Path file, List<ScenarioOutcome> outcomes, BatchSettings settings) {
        Path dir = file.toAbsolutePath().getParent();
        List<ScenarioOutcome> ok = outcomes.stream().filter(o -> o.status() == BatchStatus.OK).toList();
        String subtitle = pageSubtitle(settings, outcomes);
        List<ReportSection> sections = new ArrayList<>();
        sections.add(overview(outcomes, dir));
        List<ScenarioOutcome> optimized = ok.stream()
                .filter(o -> o.files().get(OptimizeStep.REPORT) != null).toList();
        if (!optimized.isEmpty()) {
            sections.add(optimizedRosters(optimized, dir));
        }
        if (!ok.isEmpty()) {
            sections.add(chart(ok, dir, settings));
        }
        List<ScenarioOutcome> failed = outcomes.stream().filter(o -> o.status() != BatchStatus.OK).toList();
        if (!failed.isEmpty()) {
            sections.add(problems(failed));
        }
        sections.add(TextSection.paragraphs("Method", method(settings)));
        ClinicReport.write(file, new ReportContent("Batch of " + outcomes.size() + " scenario"
                + (outcomes.size() == 1 ? "" : "s"), subtitle, sections));
    }

    private static String subtitle(BatchSettings s, List<ScenarioOutcome> outcomes) {
        long ok = outcomes.stream().filter(o -> o.status() == BatchStatus.OK).count();
        String replications = s.precision().isPresent() ? "auto replications" : s.plan().replications()
                + " replications";
        return replications + " x " + s.plan().days() + " days, seed " + s.plan().seed() + "; " + ok + " of "
                + outcomes.size() + " ran" + (ok == outcomes.size() ? "" : ", " + (outcomes.size() - ok) + " failed");
    }

    /** The page's subtitle: the plan, what ran and, with --optimize, how the rosters were optimized. */
    private static String pageSubtitle(BatchSettings s, List<ScenarioOutcome> outcomes) {
        long notFull = outcomes.stream().filter(o -> o.optimizedRoster().map(r -> !r.fullyStaffed()).orElse(false))
                .count();
        return subtitle(s, outcomes) + optimizeStep(s).map(step -> "; rosters optimized (" + weeks(step.weeks())
                + ", " + String.format(Locale.ROOT, "%,d", step.movesPerWeek()) + " moves per week) and validated"
                + " on " + validation(s) + (notFull == 0 ? "" : ", " + notFull + " not fully staffed"))
                .orElse("");
    }

    /** The batch's optimize step, when it ran with --optimize. */
    private static Optional<OptimizeStep> optimizeStep(BatchSettings s) {
        return s.steps().stream().filter(OptimizeStep.class::isInstance).map(OptimizeStep.class::cast).findFirst();
    }

    /** What the optimized rosters were validated on: the baseline's replications, or with auto the starting count. */
    private static String validation(BatchSettings s) {
        return s.precision().isPresent() ? s.plan().replications() + " replications of the same days and seed"
                : "the same replications as the baseline";
    }

    private static String weeks(int w) {
        return w + (w == 1 ? " week" : " weeks");
    }

    private static TableSection overview(List<ScenarioOutcome> outcomes, Path dir) {
        List<String> header = new ArrayList<>(List.of("Scenario", "Practice type", "Status"));
        String currency = commonCurrency(outcomes);
        OVERVIEW.forEach((k, heading) -> header.add(heading + " (" + KpiFormat.unit(k, currency == null ? "money"
                : currency) + ")"));
        List<List<String>> rows = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        for (ScenarioOutcome o : outcomes) {
            List<String> row = new ArrayList<>(List.of(o.scenario(), o.practiceType(), status(o)));
            for (Kpi k : OVERVIEW.keySet()) {
                SummaryFigure f = o.figures().get(k.key());
                row.add(f == null ? "" : KpiFormat.estimate(k, f.estimate(), o.currency()));
            }
            rows.add(row);
            String report = o.status() == BatchStatus.OK ? o.files().get(BaselineStep.REPORT) : null;
            links.add(report == null ? null : dir.resolve(report));
        }
        return new TableSection("Scenarios", "Each scenario's key figures with their 95% confidence intervals (mean ±"
                + " half-width; definitions in docs/kpis.md). A scenario's name opens its own report: KPIs, coverage"
                + " against demand, waiting times, utilization, roster and supplies.", header, rows,
                "Columns: " + OVERVIEW.keySet().stream().map(Kpi::key).collect(Collectors.joining(", "))
                        + ". summary.csv holds these and more figures with the bounds of their intervals, a row per"
                        + " scenario.",
                Set.of(1, 2), links);
    }

    /**
     * With --optimize: each optimized roster against the baseline, with its verdict and whether it is fully staffed,
     * linking to the roster's own report and its roster.csv.
     */
    private static TableSection optimizedRosters(List<ScenarioOutcome> outcomes, Path dir) {
        String currency = commonCurrency(outcomes);
        List<String> header = new ArrayList<>(List.of("Scenario", "Verdict", "Staffing"));
        for (Kpi k : OPTIMIZED) {
            String unit = " (" + KpiFormat.unit(k, currency == null ? "money" : currency) + ")";
            header.add(OVERVIEW.getOrDefault(k, k.key()) + ", optimized" + unit);
            header.add("Δ [95% CI]" + unit);
        }
        header.add("Roster");
        List<List<String>> rows = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        List<Path> rosters = new ArrayList<>();
        for (ScenarioOutcome o : outcomes) {
            List<String> row = new ArrayList<>(List.of(o.scenario(),
                    o.optimizedRoster().map(OptimizedRoster::verdict).orElse(""),
                    o.optimizedRoster().map(OptimizedRoster::staffing).orElse("")));
            for (Kpi k : OPTIMIZED) {
                SummaryFigure value = o.figures().get("optimized." + k.key());
                SummaryFigure diff = o.figures().get("optimizedMinusBaseline." + k.key());
                row.add(value == null ? "" : KpiFormat.estimate(k, value.estimate(), o.currency()));
                row.add(diff == null ? "" : KpiFormat.difference(k, diff.estimate(), o.currency()));
            }
            String roster = o.files().get(OptimizeStep.ROSTER);
            row.add(roster == null ? "" : "roster.csv");
            rows.add(row);
            links.add(dir.resolve(o.files().get(OptimizeStep.REPORT)));
            rosters.add(roster == null ? null : dir.resolve(roster));
        }
        long notFull = outcomes.stream().filter(o -> o.optimizedRoster().map(r -> !r.fullyStaffed()).orElse(false))
                .count();
        return new TableSection("Optimized rosters", "The roster the optimizer proposes for each scenario, simulated"
                + " beside the baseline on the same patients (common random numbers). Verdict: whether it beats the"
                + " baseline on waiting past the appointment and on labor cost, judged on the paired differences"
                + " (\"less waiting at lower cost\", \"less waiting at no more cost\", \"lower cost at no more"
                + " waiting\", \"a trade-off\" or \"no clear improvement\"). Staffing: \"full\" when every station"
                + " has its minimum staff while providers see patients, else the stretches of the roster's weeks a"
                + " station is short and the MA-minutes missing. Δ is optimized minus baseline, replication by"
                + " replication, with its 95% interval: an interval that excludes 0 is a real difference. A"
                + " scenario's name opens the optimized roster's report: the roster, the solver's explanation (where"
                + " and why a station cannot be staffed) and the whole comparison; roster.csv is the roster itself."
                + (notFull == 0 ? "" : " " + notFull + " of " + outcomes.size() + " optimized roster"
                        + (outcomes.size() == 1 ? " is" : "s are") + " not fully staffed: do not adopt "
                        + (notFull == 1 ? "it" : "them") + " without closing the gaps."),
                header, rows,
                "summary.csv holds these figures with the bounds of their intervals (optimized.* and"
                        + " optimizedMinusBaseline.* columns), and optimized.fullyStaffed, optimized.staffingGaps,"
                        + " optimized.maMinutesShort and optimized.verdict.",
                Set.of(0, 1, 2, header.size() - 1), Map.of(0, links, header.size() - 1, rosters));
    }

    private static String status(ScenarioOutcome o) {
        return switch (o.status()) {
            case OK -> o.reused() ? "ok (earlier run)" : "ok";
            case BAD_INPUT -> "bad input";
            case FAILED -> "failed";
        };
    }

    private static ChartSection chart(List<ScenarioOutcome> ok, Path dir, BatchSettings settings) {
        String currency = commonCurrency(ok);
        List<KpiBars> panels = new ArrayList<>();
        for (Kpi k : CHARTED) {
            if (k.unit() == Kpi.Unit.MONEY && currency == null) {
                continue; // amounts in different currencies cannot share an axis
            }
            List<ScenarioBar> bars = new ArrayList<>();
            for (ScenarioOutcome o : ok) {
                SummaryFigure f = o.figures().get(k.key());
                if (f != null) {
                    bars.add(ScenarioBar.of(o.scenario(), f.estimate()));
                }
            }
            panels.add(new KpiBars(axisLabel(k, currency), bars));
        }
        RenderedChart chart = ChartFiles.write(ScenarioKpiChart.create(panels, subtitle(settings, ok)),
                dir.resolve("charts"), CHART, ScenarioKpiChart.size(ok.size()));
        return new ChartSection("Scenarios compared", "Bars: the mean across replications; whiskers: its 95%"
                + " confidence interval. Waiting past the appointment is from the later of arrival and appointment"
                + " time to the start of rooming (0 for a patient roomed before being due); labor cost is everything"
                + " paid to MAs over the simulated days" + (currency == null ? " (left out: the scenarios count money in different"
                + " currencies)" : "") + ". Intervals that do not overlap show a difference these replications can"
                + " tell; for a paired comparison of two scenarios with its own interval, use clinicflow compare.",
                List.of(chart));
    }

    private static String axisLabel(Kpi k, String currency) {
        if (k == Kpi.WAIT_PAST_APPOINTMENT_MINUTES) {
            return "Wait past appointment (min)";
        }
        if (k == Kpi.LABOR_COST) {
            return "Labor cost over the run (" + currency + ")";
        }
        return k.key() + " (" + KpiFormat.unit(k, currency) + ")";
    }

    private static TableSection problems(List<ScenarioOutcome> failed) {
        List<List<String>> rows = new ArrayList<>();
        for (ScenarioOutcome o : failed) {
            rows.add(List.of(o.scenario(), status(o), o.source(),
                    o.message().lines().collect(Collectors.joining(" | "))));
        }
        return new TableSection("Problems", "Scenarios that did not run. Bad input names the file, line, field and"
                + " what is allowed: fix it and run the batch again; only what changed or failed runs again.",
                List.of("Scenario", "Status", "Source", "Message"), rows, null, Set.of(1, 2, 3));
    }

    private static String method(BatchSettings s) {
        String replications = s.precision().map(t -> "replications until every 95% half-width of "
                        + t.kpis().stream().map(Kpi::key).collect(Collectors.joining(", ")) + " is within "
                        + t.halfWidth() + " (at most " + t.maxReplications() + ")")
                .orElse(s.plan().replications() + " independent replications");
        String overrides = s.overrides().isEmpty() ? "" : " Changes applied to every scenario: "
                + s.overrides().stream().map(Object::toString).collect(Collectors.joining(" ")) + ".";
        return "Every scenario was simulated with its baseline roster: " + replications + " of " + s.plan().days()
                + " days" + (s.plan().warmupDays() > 0 ? " (the first " + s.plan().warmupDays() + " left out)" : "")
                + ", seed " + s.plan().seed() + "." + overrides
                + optimizeStep(s).map(step -> " With --optimize, a roster of " + weeks(step.weeks()) + " was then"
                        + " optimized for each scenario (the optimize workflow, docs/optimizing.md), the solver"
                        + " stopping after a fixed " + String.format(Locale.ROOT, "%,d", step.movesPerWeek())
                        + " moves per week of roster so that a rerun gives the same roster on any machine, and"
                        + " validated on " + validation(s) + " (common random numbers: the same patients, so the"
                        + " differences come from the rosters), into each scenario's optimized/ folder. Its verdict and whether it is"
                        + " fully staffed are under Optimized rosters.").orElse("")
                + "\n\n"
                + "- Confidence intervals: each KPI is computed per replication; the tables give the mean across"
                + " replications with a 95% Student-t interval.\n"
                + "- Each scenario's folder holds kpis.json (every KPI), replications.csv (a row per replication),"
                + " report.html and its charts; completed.json, written last, marks it finished.\n"
                + "- Running the batch again reuses a finished scenario whose file and options are unchanged, and runs"
                + " the others; every file is written whole or not at all.\n"
                + "- ClinicFlow " + s.version() + ". Definitions of every KPI: docs/kpis.md; batch runs:"
                + " docs/workbench.md.";
    }

    /** The currency every outcome with figures counts money in, or null when they differ. */
    private static String commonCurrency(List<ScenarioOutcome> outcomes) {
        Set<String> currencies = outcomes.stream().filter(o -> !o.figures().isEmpty()).map(ScenarioOutcome::currency)
                .collect(Collectors.toSet());
        return currencies.size() == 1 ? currencies.iterator().next() : null;
    }
}
