package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.scenarios.experiment.ClinicResults;
import org.clinicflow.scenarios.optimize.OptimizeFiles;
import org.clinicflow.scenarios.optimize.OptimizeJson;
import org.clinicflow.scenarios.optimize.OptimizeOutcome;
import org.clinicflow.scenarios.optimize.OptimizeRequest;
import org.clinicflow.scenarios.optimize.OptimizeWorkflow;
import org.clinicflow.scenarios.optimize.RosterText;
import org.clinicflow.scenarios.optimize.TradeOff;
import org.clinicflow.scenarios.optimize.TradeOffStudy;
import org.clinicflow.scenarios.optimize.TradeOffTable;
import org.clinicflow.scenarios.report.KpiFormat;
import org.clinicflow.scenarios.report.KpiTable;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.simulator.clinic.results.Kpi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The whole story on the built-in family-medicine practice: simulate the baseline roster, optimize, simulate the
 * optimized rosters beside the baseline on the same patients, compare, and write the report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the whole story on the built-in family-medicine practice.",
                "1. Simulates the practice with its baseline MA roster.",
                "2. Measures the MA workload and solves a roster with the optimizer, at the default price of patient "
                        + "waiting and at three others.",
                "3. Simulates every roster beside the baseline on the same patients (common random numbers) and "
                        + "compares waits, overtime and labor cost with 95%% confidence intervals.",
                "4. Writes the roster (CSV and calendars) and a self-contained HTML report to --out.",
                "About a minute on 2 cores."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow demo", "  clinicflow demo --out /tmp/demo --replications 40 --seed 7",
                "Then open out/demo/report.html in a browser."})
final class DemoCommand implements Callable<Integer> {
    static final String SCENARIO = "family-medicine";
    /** The other prices of a patient-minute of waiting the trade-off is solved at (cents). */
    static final List<Double> OTHER_PRICES = List.of(17.0, 68.0, 136.0);

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out/demo",
            description = "Where the report, roster and calendars go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = {"-r", "--replications"}, paramLabel = "N", defaultValue = "20",
            description = "Replications of every simulation (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "2026",
            description = "Seed of the random streams and the solver (default: ${DEFAULT-VALUE}).")
    long seed;

    @picocli.CommandLine.Mixin
    JsonOutput json;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "0",
            description = "Threads for replications; 0 = one per core (default). Results do not depend on it.")
    int threads;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (replications < 2) {
            throw new CommandLine.ParameterException(cl, "--replications must be at least 2 for confidence"
                    + " intervals, got " + replications);
        }
        if (threads < 0) {
            throw new CommandLine.ParameterException(cl, "--threads must be 0 (all cores) or more, got " + threads);
        }
        PrintWriter console = json.console(cl);
        LoadedScenario loaded = ScenarioLoader.load(SCENARIO);
        console.println("ClinicFlow demo: " + loaded.clinic().description());
        console.println("Every simulation below runs " + replications + " replications on the same patients (seed "
                + seed + "); figures are means with 95% confidence intervals.");
        console.println();
        OptimizerSettings settings = OptimizerSettings.defaults().withRandomSeed(seed)
                .withMoveCountLimit(SolverOptions.REPRODUCIBLE_MOVES_PER_WEEK);
        OptimizeRequest request = OptimizeRequest.of(loaded.source(), loaded.clinic(), 1, settings, replications,
                seed, threads);
        WorkflowDisplay display = new WorkflowDisplay(console, json.progress(spec));
        OptimizeOutcome outcome = OptimizeWorkflow.run(request, display);
        TradeOff tradeOff = TradeOffStudy.run(outcome, OTHER_PRICES, display);

        ClinicResults baseline = outcome.baseline().results();
        console.println();
        console.println("1. The baseline roster, simulated (" + request.validation().days() + " days):");
        console.print(KpiTable.render(baseline, List.of(Kpi.WAITING_ROOM_MINUTES, Kpi.WAIT_PAST_APPOINTMENT_MINUTES,
                Kpi.ROOMED_WITHIN_15_MIN_PCT, Kpi.CYCLE_TIME_MINUTES, Kpi.MA_UTILIZATION_PCT,
                Kpi.MA_OVERTIME_MINUTES, Kpi.VISITS_COMPLETED, Kpi.LABOR_COST)));
        console.println();
        console.printf(Locale.US, "2. The optimized roster (waiting priced at %s cents a patient-minute; solved in"
                        + " %.1f s):%n", KpiFormat.plain(settings.prices().waitingCentsPerPatientMinute()),
                outcome.result().statistics().spent().toMillis() / 1000.0);
        console.print(RosterText.render(loaded.clinic(), outcome.roster()));
        console.println();
        console.println("3. Against the baseline, on the same patients:");
        console.println(outcome.verdict().describe());
        console.println();
        console.println("4. The trade-off: rosters solved at other prices of waiting, all on the same patients:");
        console.print(TradeOffTable.render(tradeOff));
        console.println(tradeOff.recommendation());
        List<Path> files = OptimizeFiles.write(outcome, Optional.of(tradeOff), out,
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        console.println();
        console.println("Report: " + files.get(files.size() - 1).toAbsolutePath());
        console.println("Roster: " + out.resolve(OptimizeFiles.ROSTER) + ", the roster of section 2 (and one"
                + " calendar file per MA in " + out.resolve("calendars") + ")");
        console.println("The trade-off's other rosters: " + tradeOff.rosters().stream()
                .filter(r -> !r.result().roster().equals(outcome.roster()))
                .map(r -> r.label() + " " + out.resolve(OptimizeFiles.tradeOffRosterFile(r)))
                .collect(java.util.stream.Collectors.joining(", ")));
        if (json.requested()) {
            json.write(cl, console, OptimizeJson.of(outcome, Optional.of(tradeOff)));
        }
        return ClinicFlowCli.OK;
    }
}
