package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicflow.scenarios.batch.BaselineStep;
import org.clinicflow.scenarios.batch.OptimizeStep;
import org.clinicflow.scenarios.batch.BatchInput;
import org.clinicflow.scenarios.batch.BatchInputs;
import org.clinicflow.scenarios.batch.BatchJson;
import org.clinicflow.scenarios.batch.BatchResult;
import org.clinicflow.scenarios.batch.BatchRun;
import org.clinicflow.scenarios.batch.BatchSettings;
import org.clinicflow.scenarios.batch.BatchStatus;
import org.clinicflow.scenarios.batch.BatchStep;
import org.clinicflow.scenarios.cli.progress.Progress;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.experiment.PrecisionTarget;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs many scenarios unattended: a report per scenario, a summary CSV and an index page; reruns skip what finished. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Run many scenarios and write a report for each, a summary and an index page.",
                "Simulates each scenario's baseline roster in turn and writes DIR/NAME/: kpis.json, replications.csv,"
                        + " report.html and charts/ (as the report command). Then DIR/summary.csv (a row per"
                        + " scenario: status, main KPIs with their 95%% CI bounds) and DIR/index.html (a KPI"
                        + " overview linking each report, and a chart comparing the scenarios).",
                "Scenarios are a directory of .yaml files, files, a quoted glob, builtin:NAME or builtin:all. A"
                        + " scenario that fails is recorded with its message and the others run. Running again"
                        + " skips scenarios that finished with the same file and options; every file is written"
                        + " whole or not at all, so Ctrl-C never leaves a half-written one."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow batch builtin:all --out out/all --days 14 --replications 10",
                "  clinicflow batch clinics/ --out out/clinics",
                "  clinicflow batch 'clinics/**/*.yaml' builtin:family-medicine --out out/mix \\",
                "      --set 'visitTypes[established].noShow=0.15' --json out/mix/batch.json",
                "  clinicflow batch builtin:all --out out/optimized --optimize --replications 10",
                "  clinicflow batch clinics/ --out out/precise \\",
                "      --replications auto --precision 0.5",
                "",
                "Exit codes:",
                "  0  every scenario ran",
                "  1  some scenario's run failed, or a file could not be written",
                "  2  some scenario needs fixing (bad input; see DIR/summary.csv) and none failed"})
final class BatchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR|FILE|GLOB|builtin:NAME",
            description = "Scenarios: a directory (its .yaml and .yml files), a file, a quoted glob such as"
                    + " 'clinics/**/*.yaml', builtin:NAME, builtin:all, or a built-in's name.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Folder for the results: a folder per scenario, summary.csv and index.html.")
    Path out;

    @Option(names = "--optimize",
            description = "Also optimize a roster for each scenario and prove it against the baseline by simulation"
                    + " (as the optimize command, repeatable: a fixed number of solver moves), into DIR/NAME/optimized/.")
    boolean optimize;

    @Option(names = {"-w", "--weeks"}, paramLabel = "W", defaultValue = "1",
            description = "With --optimize: weeks of the optimized roster, 1 to 6 (default: ${DEFAULT-VALUE}).")
    int weeks;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    OverrideOptions overrides;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ExperimentPlan plan = simulation.plan(cl);
        Optional<PrecisionTarget> precision = simulation.precision(cl);
        List<BatchInput> scenarios = BatchInputs.resolve(inputs);
        if (weeks < 1 || weeks > 6) {
            throw new CommandLine.ParameterException(cl, "--weeks must be between 1 and 6, got " + weeks);
        }
        if (optimize && plan.days() % (7 * weeks) != 0) {
            throw new CommandLine.ParameterException(cl, "with --optimize, --days must be whole weeks of the "
                    + weeks + "-week roster (a multiple of " + 7 * weeks + "), so both rosters are simulated over"
                    + " whole cycles; got " + plan.days());
        }
        BatchSettings settings = new BatchSettings(plan, precision, overrides.overrides(), steps(),
                VersionProvider.version());
        JsonOutput output = simulation.experiment.output();
        PrintWriter console = output.console(cl);
        console.printf("Batch of %d scenario%s into %s: %s x %d days, seed %d%s%n", scenarios.size(),
                scenarios.size() == 1 ? "" : "s", out, simulation.replicationsHeading(precision, plan), plan.days(),
                plan.seed(), optimize ? String.format(Locale.ROOT, "; optimizing a %d-week roster each (%,d moves per"
                        + " week), validated on the same replications", weeks,
                        SolverOptions.REPRODUCIBLE_MOVES_PER_WEEK) : "");
        console.flush();
        int width = scenarios.stream().mapToInt(s -> s.name().length()).max().orElse(10);
        BatchResult result;
        try (Progress bar = output.progress(spec).start("batch", scenarios.size(), "scenarios")) {
            result = BatchRun.run(scenarios, settings, out, new BatchProgress(bar, console,
                    precision.isPresent() ? 0 : plan.replications(), width));
        }
        console.println();
        console.printf("%d ok (%d reused), %d bad input, %d failed.%n", result.count(BatchStatus.OK),
                result.reused(), result.count(BatchStatus.BAD_INPUT), result.count(BatchStatus.FAILED));
        if (optimize && result.optimized() > 0) {
            long notFull = result.optimizedNotFullyStaffed();
            long improving = result.optimizedImproving();
            console.printf("Optimized rosters: %d of %d not fully staffed%s; %d improve%s on the baseline.%n",
                    notFull, result.optimized(), notFull == 0 ? "" : " (stations below minimum staff: see index.html)",
                    improving, improving == 1 ? "s" : "");
        }
        console.println("Wrote " + result.summaryCsv() + " and " + result.index());
        if (output.requested()) {
            output.write(cl, console, BatchJson.of(result, settings, out.toString()));
        }
        return exitCode(result);
    }

    /** What the batch does to each scenario, in order. */
    private List<BatchStep> steps() {
        return optimize
                ? List.of(new BaselineStep(), new OptimizeStep(weeks, SolverOptions.REPRODUCIBLE_MOVES_PER_WEEK))
                : List.of(new BaselineStep());
    }

    /** 1 if any run failed, else 2 if any scenario was bad input, else 0. */
    static int exitCode(BatchResult result) {
        if (result.count(BatchStatus.FAILED) > 0) {
            return ClinicFlowCli.FAILED;
        }
        return result.count(BatchStatus.BAD_INPUT) > 0 ? ClinicFlowCli.BAD_INPUT : ClinicFlowCli.OK;
    }
}
