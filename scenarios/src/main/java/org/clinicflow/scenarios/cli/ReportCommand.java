package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicflow.scenarios.cli.progress.Progress;
import org.clinicflow.scenarios.experiment.ClinicExperiment;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.experiment.ExperimentRun;
import org.clinicflow.scenarios.experiment.PrecisionTarget;
import org.clinicflow.scenarios.report.KpiJson;
import org.clinicflow.scenarios.report.PrecisionJson;
import org.clinicflow.scenarios.report.html.BaselineReport;
import org.clinicflow.scenarios.report.html.ClinicReport;
import org.clinicflow.scenarios.report.html.ReportContent;
import org.clinicflow.scenarios.report.profile.ProfileCollector;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Simulates a scenario's baseline roster and writes an HTML report with its charts. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Simulate a clinic with its baseline roster and write an HTML report with charts.",
                "Writes DIR/report.html, one self-contained page: KPI tables with 95%% confidence intervals, MA "
                        + "coverage against demand by hour, the waiting-time distribution, utilization by hour, the "
                        + "roster as a Gantt chart and a grid, supply stock and notes on method. Each chart is also "
                        + "written as PNG (1600x900) and SVG to DIR/charts."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow report family-medicine",
                "  clinicflow report urgent-care --days 56 --replications 40 --out out/uc",
                "  clinicflow report my-clinic.yaml --seed 7 --out out/mine \\",
                "      --json out/mine/kpis.json"})
final class ReportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a YAML file.")
    String scenario;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for report.html and charts/ (default: report-<scenario name>).")
    Path out;

    @Override
    public Integer call() {
        ExperimentPlan plan = simulation.plan(spec.commandLine());
        Optional<PrecisionTarget> precision = simulation.precision(spec.commandLine());
        LoadedScenario loaded = ScenarioLoader.load(scenario);
        Path dir = out != null ? out : Path.of("report-" + loaded.clinic().name());
        JsonOutput output = simulation.experiment.output();
        PrintWriter console = output.console(spec.commandLine());
        console.printf("%s: %s x %d days from %s, seed %d%n", loaded.source(),
                simulation.replicationsHeading(precision, plan), plan.days(), loaded.clinic().startDate(), plan.seed());
        console.flush();
        ProfileCollector profiles = new ProfileCollector(loaded.clinic(), plan);
        ExperimentRun run;
        try (Progress bar = output.progress(spec).start(loaded.clinic().name(),
                precision.isPresent() ? 0 : plan.replications(), "replications")) {
            run = ClinicExperiment.run(loaded.clinic().name(), loaded.clinic(), plan, precision, profiles,
                    bar.counter());
        }
        ClinicResults results = run.results().get(0);
        run.precision().ifPresent(p -> console.println(p.describe()));
        ReportContent content = BaselineReport.build(loaded.source(), loaded.clinic(), results, profiles.profile(),
                dir, null);
        Path page = dir.resolve("report.html");
        ClinicReport.write(page, content);
        console.println("Wrote " + page + " (charts as PNG and SVG in " + dir.resolve(BaselineReport.CHARTS) + ")");
        if (output.requested()) {
            Map<String, Object> json = KpiJson.of(results);
            json.put("definition", loaded.source());
            json.put("replications", PrecisionJson.of(run.replications(), run.precision()));
            output.write(spec.commandLine(), console, json);
        }
        return ClinicFlowCli.OK;
    }
}
