package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicflow.scenarios.cli.progress.Progress;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.experiment.KpiNames;
import org.clinicflow.scenarios.experiment.PrecisionTarget;
import org.clinicflow.scenarios.experiment.ServiceTarget;
import org.clinicflow.scenarios.experiment.StaffingLevel;
import org.clinicflow.scenarios.experiment.Sweep;
import org.clinicflow.scenarios.experiment.SweepPoint;
import org.clinicflow.scenarios.experiment.SweepRange;
import org.clinicflow.scenarios.experiment.SweepResult;
import org.clinicflow.scenarios.report.KpiFormat;
import org.clinicflow.scenarios.report.SweepCsv;
import org.clinicflow.scenarios.report.SweepJson;
import org.clinicflow.scenarios.report.SweepTable;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.scenarios.scenario.ScenarioOverride;
import org.clinicflow.simulator.clinic.MedicalAssistant;
import org.clinicflow.simulator.clinic.results.Kpi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Sweeps one parameter of a scenario and finds the cheapest setting that meets a service target. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Sweep one parameter of a scenario and find the cheapest setting that meets a target.",
                "Runs the scenario at each value of PARAM on common random numbers and prints the KPIs with 95%%"
                        + " CIs. PARAM is an override path to a number (examRooms.a, walkIns.perDay.mon-fri,"
                        + " visitTypes[established].noShow) or 'mas': the baseline roster scaled to N MAs (the"
                        + " rostered MAs in team order; fewer keeps the first N, more adds copies of them in that"
                        + " order; see docs/workbench.md).",
                "--target KPI>=X (or <=) picks the setting with the lowest mean laborCost whose whole 95%% CI"
                        + " meets the target. --csv writes one row per setting and KPI; --json all numbers."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow sweep family-medicine --vary mas=6..12 \\",
                "      --target 'roomedWithin15MinPct>=76'",
                "  clinicflow sweep family-medicine --vary examRooms.a=3..7 --csv out/rooms.csv",
                "  clinicflow sweep family-medicine \\",
                "      --vary 'visitTypes[established].noShow=0.04..0.20:0.04'",
                "  clinicflow sweep urgent-care --vary mas=4..9 \\",
                "      --target 'waitingRoomMinutes<=15' --replications auto --precision 1 \\",
                "      --json out/urgent-care-sweep.json",
                "(Quote a --target: the shell reads > and < as redirections.)"})
final class SweepCommand implements Callable<Integer> {
    /** The table's KPIs unless --kpis says otherwise. */
    static final List<Kpi> DEFAULT_KPIS = List.of(Kpi.WAITING_ROOM_MINUTES, Kpi.ROOMED_WITHIN_15_MIN_PCT,
            Kpi.TOTAL_WAIT_MINUTES, Kpi.MA_OVERTIME_MINUTES, Kpi.MA_UTILIZATION_PCT, Kpi.LABOR_COST);

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a YAML file.")
    String scenario;

    @Option(names = "--vary", required = true, paramLabel = "PARAM=FROM..TO[:STEP]",
            description = "The parameter and its values: FROM..TO (step 1), FROM..TO:STEP, or V1,V2,...")
    String vary;

    @Option(names = "--target", paramLabel = "KPI>=X",
            description = "A service target, e.g. roomedWithin15MinPct>=90 or waitingRoomMinutes<=10 (also > and <).")
    String target;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write every KPI of every setting to FILE.")
    Path csv;

    @Option(names = "--kpis", paramLabel = "KPI[,KPI...]",
            description = "The KPIs in the table (default: waits, rooming within 15 min, MA overtime and"
                    + " utilization, labor cost).")
    String kpis;

    @Mixin
    OverrideOptions overrides;

    @Mixin
    SimulationOptions simulation;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ExperimentPlan plan = simulation.plan(cl);
        Optional<PrecisionTarget> precision = simulation.precision(cl);
        SweepRange range = SweepRange.parse(vary);
        Optional<ServiceTarget> serviceTarget = Optional.ofNullable(target).map(ServiceTarget::parse);
        List<Kpi> shown = new ArrayList<>(kpis == null ? DEFAULT_KPIS : KpiNames.list(kpis, "--kpis"));
        serviceTarget.filter(t -> !shown.contains(t.kpi())).ifPresent(t -> shown.add(t.kpi()));
        List<ScenarioOverride> common = overrides.overrides();
        LoadedScenario base = ScenarioLoader.load(scenario, common);
        JsonOutput output = simulation.experiment.output();
        PrintWriter console = output.console(cl);
        console.printf("%s: sweeping %s over %s; %s x %d days from %s, seed %d, on common random numbers%n",
                OverrideOptions.describe(base.source(), common), range.parameter(),
                String.join(", ", range.values().stream().map(SweepRange::plain).toList()),
                simulation.replicationsHeading(precision, plan), plan.days(), base.clinic().startDate(), plan.seed());
        List<SweepPoint> points = range.staffingLevel() ? staffingLevels(base, range, console)
                : overridden(range, common);
        console.println();
        console.flush();
        SweepResult result;
        try (Progress bar = output.progress(spec).start("sweep",
                precision.isPresent() ? 0 : (long) points.size() * plan.replications(), "replications")) {
            result = Sweep.run(base.clinic().name(), range.parameter(),
                    range.staffingLevel() ? StaffingLevel.LABEL : range.parameter(), points, plan, serviceTarget,
                    precision, bar.counter());
        }
        result.precision().ifPresent(p -> console.println(p.describe() + "\n"));
        console.print(SweepTable.render(result, shown));
        console.println();
        console.println("Means with 95% Student-t confidence intervals; every setting ran on the same replications.");
        serviceTarget.ifPresent(t -> console.println(targetLine(result, t)));
        if (csv != null) {
            SweepCsv.write(csv, result);
            console.println("Wrote " + csv);
        }
        if (output.requested()) {
            output.write(cl, console, SweepJson.of(result));
        }
        return ClinicFlowCli.OK;
    }

    private static List<SweepPoint> staffingLevels(LoadedScenario base, SweepRange range, PrintWriter console) {
        List<MedicalAssistant> positions = StaffingLevel.positions(base.clinic());
        console.printf("mas: the baseline roster scaled to N MAs; %d rostered, in order: %s%n", positions.size(),
                String.join(", ", positions.stream().map(MedicalAssistant::id).toList()));
        List<SweepPoint> points = new ArrayList<>();
        for (BigDecimal v : range.values()) {
            if (v.signum() <= 0 || v.stripTrailingZeros().scale() > 0) {
                throw new org.clinicflow.simulator.ModelInputException("--vary " + range.parameter(),
                        "counts MAs: give whole numbers 1 or more, got " + SweepRange.plain(v));
            }
            points.add(new SweepPoint(v.doubleValue(),
                    StaffingLevel.withMedicalAssistants(base.clinic(), v.intValueExact())));
        }
        return points;
    }

    private List<SweepPoint> overridden(SweepRange range, List<ScenarioOverride> common) {
        List<SweepPoint> points = new ArrayList<>();
        for (BigDecimal v : range.values()) {
            List<ScenarioOverride> all = new ArrayList<>(common);
            all.add(ScenarioOverride.set(range.parameter(), SweepRange.plain(v)));
            points.add(new SweepPoint(v.doubleValue(), ScenarioLoader.load(scenario, all).clinic()));
        }
        return points;
    }

    /** The answer to "what is the cheapest setting that meets the target?", in words. */
    static String targetLine(SweepResult r, ServiceTarget t) {
        String kpi = t.kpi().key();
        if (r.chosen().isPresent()) {
            int i = r.chosen().getAsInt();
            ClinicResults c = r.results().get(i);
            return String.format(Locale.ROOT, "Cheapest setting meeting %s (whole 95%% CI): %s = %s, laborCost %s,"
                            + " %s %s.", t, r.parameter(), r.label(i),
                    KpiFormat.estimate(Kpi.LABOR_COST, c.estimate(Kpi.LABOR_COST), r.currency()), kpi,
                    KpiFormat.estimate(t.kpi(), c.estimate(t.kpi()), r.currency()));
        }
        int closest = Sweep.closestToTarget(r.results(), t);
        List<String> onMean = new ArrayList<>();
        for (int i = 0; i < r.values().size(); i++) {
            if (t.meanMeets(r.results().get(i).estimate(t.kpi()))) {
                onMean.add(r.label(i));
            }
        }
        String line = String.format(Locale.ROOT, "No setting meets %s with its whole 95%% CI; the closest is %s = %s"
                        + " (%s %s).", t, r.parameter(), r.label(closest), kpi,
                KpiFormat.estimate(t.kpi(), r.results().get(closest).estimate(t.kpi()), r.currency()));
        if (!onMean.isEmpty()) {
            line += " On the mean alone " + r.parameter() + " = " + String.join(", ", onMean)
                    + " would; more replications may settle it (--replications N, or --replications auto"
                    + " --precision-kpis " + t.kpi().key() + " --precision H, H in the target's units).";
        }
        return line;
    }
}
