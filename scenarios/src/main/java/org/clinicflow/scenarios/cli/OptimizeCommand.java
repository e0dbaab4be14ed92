package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicflow.optimizer.domain.TimeText;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.optimizer.solver.RosterResult;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.optimize.CalibrationTable;
import org.clinicflow.scenarios.optimize.ExplanationText;
import org.clinicflow.scenarios.optimize.OptimizeFiles;
import org.clinicflow.scenarios.optimize.OptimizeJson;
import org.clinicflow.scenarios.optimize.OptimizeOutcome;
import org.clinicflow.scenarios.optimize.OptimizeRequest;
import org.clinicflow.scenarios.optimize.OptimizeWorkflow;
import org.clinicflow.scenarios.optimize.RosterText;
import org.clinicflow.scenarios.optimize.RosterVerdict;
import org.clinicflow.scenarios.optimize.StationWaitsTable;
import org.clinicflow.scenarios.optimize.TradeOff;
import org.clinicflow.scenarios.optimize.TradeOffStudy;
import org.clinicflow.scenarios.optimize.TradeOffTable;
import org.clinicflow.scenarios.optimize.ValidationDays;
import org.clinicflow.scenarios.optimize.WorkloadSampling;
import org.clinicflow.scenarios.report.ComparisonTable;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.scenarios.scenario.ScenarioOverride;
import org.clinicflow.simulator.clinic.PracticeType;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Finds an MA roster for a scenario, explains it, and proves it against the baseline roster by simulation. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Find an MA roster that cuts waiting and overtime, explain it, and prove it by simulation.",
                "1. Simulates the scenario's baseline roster for the workload (4 replications x 14 days: every weekday"
                        + " 8 times). 2. Solves a roster of --weeks weeks from the start date (Timefold: builds a"
                        + " complete roster, then improves it until --time-limit, or --moves/--reproducible for the"
                        + " same roster every run). 3. Prints the roster (MA x day: shift@station) and the solver's"
                        + " explanation: cost, where patients are expected to wait, what cannot be staffed and why,"
                        + " overtime by MA. 4. Simulates the baseline and the"
                        + " optimized roster on common random numbers and prints waits, overtime and cost with 95%%"
                        + " CIs, the paired differences and a verdict.",
                "--calibrate K corrects the waiting tables K times by simulation and keeps the roster with the lowest"
                        + " simulated cost plus priced waiting. --out DIR writes roster.csv, calendars/<ma>.ics,"
                        + " optimize.json and report.html. A clinic that cannot be fully staffed still gets its best"
                        + " roster: the open stretches are named with the reason, a warning goes to stderr, and the"
                        + " exit code is 0 (optimize.json says fullyStaffed: false)."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow optimize family-medicine",
                "  clinicflow optimize family-medicine --weeks 4 --time-limit 2m --out out/fm",
                "  clinicflow optimize pediatrics --reproducible --seed 7 --json out/peds.json",
                "  clinicflow optimize obgyn --calibrate 3 --out out/obgyn",
                "  clinicflow optimize my-clinic.yaml --waiting-price 50 --replications 40",
                "  clinicflow optimize family-medicine --trade-off 17,68,136 --out out/fm",
                "  clinicflow optimize family-medicine \\",
                "      --set 'medicalAssistants[ivan].timeOff=[2026-01-05..2026-01-09]'",
                "See docs/optimizing.md: the files, the calibration, how to read the explanation."})
final class OptimizeCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A built-in scenario name or a YAML file.")
    String scenario;

    @Option(names = {"-w", "--weeks"}, paramLabel = "W", defaultValue = "1",
            description = "Weeks of the roster, 1 to 6, from the scenario's start date; it repeats (default:"
                    + " ${DEFAULT-VALUE}).")
    int weeks;

    @Option(names = {"-d", "--days"}, paramLabel = "D",
            description = "Days each validation replication simulates: a multiple of both rosters' cycles (default:"
                    + " the first multiple of at least 28).")
    Integer days;

    @Option(names = "--calibrate", paramLabel = "K", defaultValue = "0",
            description = "Correct the waiting tables by simulation K times, 0 to 10 (default: ${DEFAULT-VALUE}).")
    int calibrate;

    @Option(names = "--trade-off", paramLabel = "CENTS", split = ",",
            description = {"Also solve with patient waiting priced at each of these cents per patient-minute, simulate "
                    + "every roster beside the baseline on the same patients, and show cost against waiting (a table, "
                    + "a chart in the report) with the roster to recommend. E.g. 17,68,136."})
    List<Double> tradeOffPrices = List.of();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write roster.csv, calendars/<ma>.ics, optimize.json and report.html (with charts/) to DIR.")
    Path out;

    @Mixin
    SolverOptions solver;

    @Mixin
    ExperimentOptions experiment;

    @Mixin
    OverrideOptions overrides;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        experiment.validate(cl);
        if (weeks < 1 || weeks > 6) {
            throw new CommandLine.ParameterException(cl, "--weeks must be between 1 and 6, got " + weeks);
        }
        for (double c : tradeOffPrices) {
            if (!(c >= 0) || Double.isInfinite(c)) {
                throw new CommandLine.ParameterException(cl, "--trade-off prices must be 0 or more cents, got " + c);
            }
        }
        if (tradeOffPrices.size() >= TradeOffStudy.MAX_PRICES) {
            throw new CommandLine.ParameterException(cl, "--trade-off takes at most " + (TradeOffStudy.MAX_PRICES - 1)
                    + " prices, got " + tradeOffPrices.size());
        }
        if (calibrate < 0 || calibrate > OptimizeRequest.MAX_CALIBRATION) {
            throw new CommandLine.ParameterException(cl, "--calibrate must be between 0 and "
                    + OptimizeRequest.MAX_CALIBRATION + ", got " + calibrate);
        }
        OptimizerSettings settings = solver.settings(cl, experiment.seed, weeks);
        List<ScenarioOverride> changes = overrides.overrides();
        LoadedScenario loaded = ScenarioLoader.load(scenario, changes);
        if (loaded.clinic().practiceType() == PracticeType.PLAIN_QUEUE) {
            // Its MAs are on around the clock, seven days a week: no shift rule allows that, so no roster can compare.
            throw new CommandLine.ParameterException(cl, loaded.source() + " is a plain queue (practiceType:"
                    + " plain-queue), made to check the simulator against queueing theory: its MAs work around the"
                    + " clock, which the roster rules (rest, consecutive days, contract hours) do not allow, so there"
                    + " is no roster to optimize; use simulate or queue with it");
        }
        int cycle = ValidationDays.commonCycle(loaded.clinic().baselineRoster().cycleDays(), 7 * weeks);
        int validationDays = days != null ? days : ValidationDays.defaultDays(cycle);
        if (days != null && (days < cycle || days % cycle != 0)) {
            throw new CommandLine.ParameterException(cl, "--days must be a multiple of " + cycle + " (the baseline"
                    + " roster repeats every " + loaded.clinic().baselineRoster().cycleDays() + " days, the optimized"
                    + " one every " + 7 * weeks + "), e.g. " + ValidationDays.defaultDays(cycle) + "; got " + days);
        }
        OptimizeRequest request = new OptimizeRequest(OverrideOptions.describe(loaded.source(), changes),
                loaded.clinic(), weeks, settings, WorkloadSampling.forSeed(experiment.seed),
                new ExperimentPlan(validationDays, 0, experiment.replications, experiment.seed, experiment.threads),
                calibrate);
        JsonOutput json = experiment.output();
        PrintWriter console = json.console(cl);
        console.printf("%s: optimizing a %d-week roster from %s%n", request.source(), weeks,
                loaded.clinic().startDate());
        console.println("Workload: " + request.workload().describe());
        console.printf(Locale.US, "Solver: %s, seed %d; waiting priced at %s cents a patient-minute%s%n",
                SolverOptions.describe(settings), settings.randomSeed(),
                java.math.BigDecimal.valueOf(settings.prices().waitingCentsPerPatientMinute()).stripTrailingZeros()
                        .toPlainString(), calibrate > 0 ? "; " + calibrate + " calibration corrections" : "");
        console.flush();
        WorkflowDisplay display = new WorkflowDisplay(console, json.progress(spec));
        OptimizeOutcome outcome = OptimizeWorkflow.run(request, display);
        print(console, outcome);
        Optional<TradeOff> tradeOff = Optional.empty();
        if (!tradeOffPrices.isEmpty()) {
            console.println();
            console.println("Trade-off: the same clinic solved at other prices of waiting, simulated on the same"
                    + " replications:");
            tradeOff = Optional.of(TradeOffStudy.run(outcome, tradeOffPrices, display));
            console.print(TradeOffTable.render(tradeOff.get()));
            console.println(tradeOff.get().recommendation());
        }
        if (out != null) {
            List<Path> files = OptimizeFiles.write(outcome, tradeOff, out,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS));
            long calendars = files.stream().filter(f -> f.toString().endsWith(".ics")).count();
            console.println();
            console.println("Wrote " + out.resolve(OptimizeFiles.ROSTER) + ", " + calendars + " calendar file"
                    + (calendars == 1 ? "" : "s") + " in " + out.resolve("calendars") + ", "
                    + out.resolve(OptimizeFiles.JSON) + " and " + out.resolve(OptimizeFiles.REPORT));
            List<Path> others = files.stream().filter(f -> f.getFileName().toString().matches("roster-.*c\\.csv"))
                    .toList();
            if (!others.isEmpty()) {
                console.println("The trade-off's other rosters: " + others.stream().map(Path::toString)
                        .collect(java.util.stream.Collectors.joining(", ")));
            }
        }
        if (json.requested()) {
            json.write(cl, console, OptimizeJson.of(outcome, tradeOff));
        }
        if (!outcome.fullyStaffed()) {
            PrintWriter err = cl.getErr();
            err.println("warning: the best roster found leaves " + outcome.explanation().staffingGaps().size()
                    + " stretch(es) below a station's minimum staff"
                    + (outcome.result().score().hardScore() < 0 ? " and breaks hard rules" : "")
                    + "; the explanation above says where and why.");
            err.flush();
        }
        return ClinicFlowCli.OK;
    }

    private static void print(PrintWriter console, OptimizeOutcome o) {
        RosterResult r = o.result();
        console.println();
        console.printf(Locale.US, "Solved in %.1f s (%,d moves): %d hard, %d medium (MA-minutes short of minimum"
                        + " staff), soft %s%n", r.statistics().spent().toMillis() / 1000.0,
                r.statistics().moveEvaluations(), r.score().hardScore(), r.score().mediumScore(),
                TimeText.dollars(r.score().softScore()));
        console.println();
        console.print(RosterText.render(o.request().clinic(), o.roster()));
        console.println();
        console.print(ExplanationText.render(o));
        if (!o.calibrationSteps().isEmpty()) {
            console.println();
            console.println("Calibration (each roster simulated on " + o.request().calibrationPlan().replications()
                    + " replications x " + o.request().calibrationPlan().days() + " days, seed "
                    + o.request().calibrationPlan().seed() + "):");
            console.print(CalibrationTable.render(o.calibrationSteps(), o.chosenStep(),
                    o.request().clinic().currency()));
            console.println("Table correction kept: " + CalibrationTable.factors(o.calibration()));
        }
        ExperimentPlan plan = o.request().validation();
        console.println();
        console.printf("Validation on common random numbers: %d replications x %d days from %s, seed %d%n",
                plan.replications(), plan.days(), o.request().clinic().startDate(), plan.seed());
        console.print(ComparisonTable.render(o.comparison(), RosterVerdict.SPOKEN));
        console.println("Means with 95% Student-t confidence intervals; Δ is optimized - baseline, replication by"
                + " replication.");
        console.println();
        console.println("MA-task waiting, the solver's tables against the simulation (patient-minutes a day):");
        console.print(StationWaitsTable.render(o));
        console.println();
        console.println(o.verdict().describe());
    }
}
