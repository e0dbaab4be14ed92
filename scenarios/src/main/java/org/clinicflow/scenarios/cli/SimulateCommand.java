package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicflow.scenarios.batch.LeftoverFiles;
import org.clinicflow.scenarios.cli.progress.Progress;
import org.clinicflow.scenarios.experiment.ClinicExperiment;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.experiment.ExperimentRun;
import org.clinicflow.scenarios.experiment.PrecisionTarget;
import org.clinicflow.scenarios.experiment.ReplicationObservers;
import org.clinicflow.scenarios.report.KpiJson;
import org.clinicflow.scenarios.report.KpiTable;
import org.clinicflow.scenarios.report.PatientsCsv;
import org.clinicflow.scenarios.report.PrecisionJson;
import org.clinicflow.scenarios.report.ReplicationsCsv;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.scenarios.scenario.ScenarioOverride;
import org.clinicflow.simulator.clinic.results.Kpi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Simulates a scenario with its baseline roster and prints the KPIs with 95% confidence intervals. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Simulate a clinic with its baseline roster and report the KPIs.",
                "Runs independent replications of the scenario's patient days and prints each KPI's mean with a"
                        + " 95%% confidence interval. --out writes replications.csv (one row per replication) and"
                        + " patients.csv (one row per patient); --json writes the KPIs under the keys of docs/kpis.md.",
                "--set and --unset change the scenario for this run; --replications auto --precision H runs as"
                        + " many replications as the 95%% half-widths of the waits need to be within H minutes."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow simulate family-medicine",
                "  clinicflow simulate urgent-care --days 56 --replications 40 --seed 7",
                "  clinicflow simulate my-clinic.yaml --out out/my-clinic \\",
                "      --json out/my-clinic/kpis.json",
                "  clinicflow simulate plain-queue-mmc --days 30 --warmup-days 1",
                "  clinicflow simulate family-medicine --set examRooms.a=6 \\",
                "      --set 'visitTypes[established].noShow=0.2'",
                "  clinicflow simulate family-medicine --replications auto --precision 0.5"})
final class SimulateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a YAML file.")
    String scenario;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    OverrideOptions overrides;

    @Option(names = "--out", paramLabel = "DIR", description = "Write replications.csv and patients.csv to DIR.")
    Path out;

    @Option(names = "--all-kpis", description = "Show every KPI, not only the headline ones.")
    boolean allKpis;

    @Override
    public Integer call() {
        ExperimentPlan plan = simulation.plan(spec.commandLine());
        Optional<PrecisionTarget> precision = simulation.precision(spec.commandLine());
        List<ScenarioOverride> changes = overrides.overrides();
        LoadedScenario loaded = ScenarioLoader.load(scenario, changes);
        JsonOutput output = simulation.experiment.output();
        PrintWriter console = output.console(spec.commandLine());
        console.printf("%s: %s x %d days from %s, seed %d%n%n", OverrideOptions.describe(loaded.source(), changes),
                simulation.replicationsHeading(precision, plan), plan.days(), loaded.clinic().startDate(), plan.seed());
        console.flush();
        PatientsCsv patients = null;
        if (out != null) {
            // A run killed outright (no shutdown hook) leaves its hidden parts: those of processes gone go now.
            LeftoverFiles.removeAbandonedBeside(out.resolve("patients.csv"), out.resolve("replications.csv"));
            patients = new PatientsCsv(out.resolve("patients.csv"), loaded.clinic().startDate());
        }
        ReplicationObservers extra = patients == null ? ReplicationObservers.NONE : patients;
        ExperimentRun run;
        ClinicResults results;
        try {
            try (Progress bar = output.progress(spec).start(loaded.clinic().name(),
                    precision.isPresent() ? 0 : plan.replications(), "replications")) {
                run = ClinicExperiment.run(loaded.clinic().name(), loaded.clinic(), plan, precision, extra,
                        bar.counter());
            }
            results = run.results().get(0);
            run.precision().ifPresent(p -> console.println(p.describe() + "\n"));
            List<Kpi> shown = allKpis ? List.of(Kpi.values()) : KpiTable.HEADLINE;
            console.print(KpiTable.render(results, shown));
            console.println();
            console.println("Means across replications with 95% Student-t confidence intervals; definitions in"
                    + " docs/kpis.md.");
            if (out != null) {
                ReplicationsCsv.write(out.resolve("replications.csv"), results);
                patients.complete();
                console.println("Wrote " + out.resolve("replications.csv") + " and " + out.resolve("patients.csv"));
            }
        } finally {
            if (patients != null) {
                patients.discard(); // the parts go whether the run finished, failed or ran out of memory
            }
        }
        if (output.requested()) {
            Map<String, Object> json = KpiJson.of(results);
            json.put("definition", OverrideOptions.describe(loaded.source(), changes));
            json.put("replications", PrecisionJson.of(run.replications(), run.precision()));
            output.write(spec.commandLine(), console, json);
        }
        return ClinicFlowCli.OK;
    }
}
