package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import org.clinicflow.scenarios.optimize.CoverOutcome;
import org.clinicflow.scenarios.optimize.CoverRequest;
import org.clinicflow.scenarios.optimize.CoverText;
import org.clinicflow.scenarios.optimize.ExplanationText;
import org.clinicflow.scenarios.optimize.RosterCsv;
import org.clinicflow.scenarios.optimize.ShiftCover;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.scenarios.scenario.ScenarioOverride;
import org.clinicflow.simulator.clinic.Roster;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Who can cover an absent MA's shift in a published roster; optionally re-solves the rest of that week. */
@Command(name = "cover", mixinStandardHelpOptions = true,
        description = {"Who can cover an MA's shift? Ranks the team for it, or re-solves the rest of the week.",
                "Reads a roster CSV written by optimize (every problem reported as FILE:LINE:COLUMN: field: what is"
                        + " wrong, exit code 2), puts --ma on leave on --date and ranks every MA for the shift by what"
                        + " it changes: rules broken first, then a staffing gap filled, then money (labor added,"
                        + " patient waiting saved by the solver's tables), each against leaving the shift open.",
                "--resolve re-solves from --date to the end of its week with the MA on leave: the days before and"
                        + " after stay as published, each change costs $20 in the score so few are made; prints what"
                        + " changed and writes the new roster (--out, default ROSTER-covered.csv beside the roster)."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow optimize family-medicine --reproducible --out out/fm",
                "  clinicflow cover family-medicine --roster out/fm/roster.csv --ma ana \\",
                "      --date 2026-01-06",
                "  clinicflow cover family-medicine --roster out/fm/roster.csv \\",
                "      --ma \"Ana Torres\" --date 2026-01-06 --resolve \\",
                "      --out out/fm/roster-tuesday.csv",
                "Give the scenario (and any --set) the roster was made for."})
final class CoverCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The built-in scenario or YAML file of the roster.")
    String scenario;

    @Option(names = "--roster", paramLabel = "FILE", required = true,
            description = "The published roster: a CSV as optimize writes it (roster.csv).")
    Path roster;

    @Option(names = "--ma", paramLabel = "NAME", required = true,
            description = "The absent MA: id, full name or a first name only one MA has.")
    String ma;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "The day of the absence.")
    String date;

    @Option(names = "--resolve", description = "Re-solve the rest of that week with the published days pinned.")
    boolean resolve;

    @Option(names = "--out", paramLabel = "FILE",
            description = "With --resolve: where to write the new roster CSV (default: ROSTER-covered.csv).")
    Path out;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "2026",
            description = "Seed of the workload measurement and the solver; use the one optimize used (default:"
                    + " ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "0",
            description = "Threads for the workload simulation; 0 = one per core (default: all cores).")
    int threads;

    @Mixin
    SolverOptions solver;

    @Mixin
    OverrideOptions overrides;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        if (threads < 0) {
            throw new CommandLine.ParameterException(cl, "--threads must be 0 (all cores) or more, got " + threads);
        }
        if (out != null && !resolve) {
            throw new CommandLine.ParameterException(cl, "--out goes with --resolve (it names the new roster file)");
        }
        LocalDate day;
        try {
            day = LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(cl, "--date '" + date + "' is not a date; write YYYY-MM-DD, e.g."
                    + " 2026-01-06");
        }
        List<ScenarioOverride> changes = overrides.overrides();
        LoadedScenario loaded = ScenarioLoader.load(scenario, changes);
        Roster published = RosterCsv.read(roster, loaded.clinic());
        OptimizerSettings settings = solver.settings(cl, seed, published.weeks());
        CoverRequest request = CoverRequest.of(OverrideOptions.describe(loaded.source(), changes), loaded.clinic(),
                published, ma, day, settings, seed, threads);
        PrintWriter console = cl.getOut();
        console.printf("%s: roster %s (%d week%s from %s)%n", request.source(), roster, published.weeks(),
                published.weeks() == 1 ? "" : "s", loaded.clinic().startDate());
        console.flush();
        CoverOutcome outcome = ShiftCover.run(request, resolve, new WorkflowDisplay(console, ClinicFlowCli.progress(spec)));
        console.println();
        console.print(CoverText.render(outcome));
        if (resolve) {
            console.println();
            console.println("Re-solved " + request.date() + " to the end of its week ("
                    + SolverOptions.describe(settings) + "), the other days as published:");
            if (outcome.changes().isEmpty()) {
                console.println("  no change besides the absence");
            }
            outcome.changes().forEach(c -> console.println("  " + c.describe()));
            console.println();
            console.print(outcomeExplanation(outcome));
            Path file = out != null ? out : covered(roster);
            RosterCsv.write(file, loaded.clinic(), outcome.resolved().roster());
            console.println();
            console.println("Wrote " + file);
            if (!outcome.resolved().fullyStaffed()) {
                cl.getErr().println("warning: the re-solved roster leaves a station below its minimum staff or breaks"
                        + " a rule; the explanation above says where and why.");
                cl.getErr().flush();
            }
        }
        return ClinicFlowCli.OK;
    }

    private static String outcomeExplanation(CoverOutcome outcome) {
        var e = outcome.resolved().explanation();
        StringBuilder b = new StringBuilder("The re-solved roster by the solver's tables: labor "
                + org.clinicflow.optimizer.domain.TimeText.dollars(e.laborCents()) + ", waiting "
                + ExplanationText.waiting(e, outcome.request().solver().prices()) + "\n");
        if (!e.staffingGaps().isEmpty()) {
            e.staffingGaps().forEach(g -> b.append("  ").append(g.describe()).append('\n'));
        }
        return b.toString();
    }

    /** "roster-covered.csv" beside "roster.csv". */
    private static Path covered(Path roster) {
        String name = roster.getFileName().toString();
        String stem = name.endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return roster.resolveSibling(stem + "-covered.csv");
    }
}
