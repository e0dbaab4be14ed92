package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.clinicflow.scenarios.cli.progress.Progress;
import org.clinicflow.scenarios.experiment.Comparison;
import org.clinicflow.scenarios.experiment.ExperimentPlan;
import org.clinicflow.scenarios.experiment.KpiNames;
import org.clinicflow.scenarios.experiment.NamedClinic;
import org.clinicflow.scenarios.experiment.PrecisionTarget;
import org.clinicflow.scenarios.report.ComparisonJson;
import org.clinicflow.scenarios.report.ComparisonTable;
import org.clinicflow.scenarios.report.ComparisonVerdict;
import org.clinicflow.scenarios.report.KpiTable;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.scenarios.scenario.ScenarioOverride;
import org.clinicflow.simulator.clinic.results.Kpi;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Compares scenarios, or variants of one, side by side on common random numbers, with paired differences. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare scenarios side by side on common random numbers.",
                "Runs every scenario on the same replications (same seed, same replication numbers, so the same"
                        + " patients arrive wherever the scenarios agree) and prints each KPI's mean with its 95%% CI,"
                        + " each scenario's paired difference from the first with its 95%% CI, and a verdict in"
                        + " words. A difference whose interval covers 0 is 'no clear difference'.",
                "Compare files or built-ins (SCENARIO...), or variants of the first made with overrides:"
                        + " --variant \"NAME: --set PATH=VALUE --unset PATH ...\". --set/--unset outside --variant"
                        + " apply to every scenario."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow compare family-medicine --variant \"extra MA:",
                "      --set medicalAssistants[ivan].contract=full-time",
                "      --set baselineRoster.shifts.ivan={mon-fri: day@float}\"",
                "  clinicflow compare family-medicine --variant \"6 rooms: --set examRooms.a=6\" \\",
                "      --variant \"no-shows 20%%: --set visitTypes[established].noShow=0.2\"",
                "  clinicflow compare family-medicine my-clinic.yaml --days 10 \\",
                "      --json out/compare.json",
                "  clinicflow compare family-medicine \\",
                "      --variant \"hannah leaves: --unset baselineRoster.shifts.hannah\" \\",
                "      --replications auto --precision 0.5",
                "(Inside --variant \"...\" the shell leaves brackets alone; elsewhere quote them.)"})
final class CompareCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO",
            description = "Built-in scenario names or YAML files; the first is the base the others are compared with.")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--variant", paramLabel = "\"NAME: --set PATH=VALUE ...\"",
            description = "A variant of the first scenario made by overrides, compared with it; repeatable.")
    List<String> variants = new ArrayList<>();

    @Mixin
    OverrideOptions overrides;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--kpis", paramLabel = "KPI[,KPI...]",
            description = "The KPIs in the table (default: the headline ones; see docs/kpis.md).")
    String kpis;

    @Option(names = "--all-kpis", description = "Show every KPI in the table.")
    boolean allKpis;

    /** A scenario in the comparison: its name in reports, how it was made, and the clinic. */
    private record Contender(String definition, NamedClinic clinic) {
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        ExperimentPlan plan = simulation.plan(cl);
        Optional<PrecisionTarget> precision = simulation.precision(cl);
        List<Kpi> shown = allKpis ? List.of(Kpi.values()) : kpis != null ? KpiNames.list(kpis, "--kpis")
                : KpiTable.HEADLINE;
        List<Contender> contenders = contenders();
        if (contenders.size() < 2) {
            throw new CommandLine.ParameterException(cl, "compare needs something to compare with: a second"
                    + " SCENARIO, or a --variant \"NAME: --set PATH=VALUE\" of " + scenarios.get(0));
        }
        JsonOutput output = simulation.experiment.output();
        PrintWriter console = output.console(cl);
        console.printf("Comparing on common random numbers: %s x %d days from %s, seed %d%n",
                simulation.replicationsHeading(precision, plan), plan.days(),
                contenders.get(0).clinic().clinic().startDate(), plan.seed());
        for (int i = 0; i < contenders.size(); i++) {
            Contender c = contenders.get(i);
            console.printf("  %s %s: %s%n", i == 0 ? "base" : "    ", c.clinic().name(), c.definition());
        }
        console.println();
        console.flush();
        Comparison comparison;
        try (Progress bar = output.progress(spec).start("compare",
                precision.isPresent() ? 0 : (long) contenders.size() * plan.replications(), "replications")) {
            comparison = Comparison.run(contenders.stream().map(Contender::clinic).toList(), plan, precision,
                    bar.counter());
        }
        comparison.precision().ifPresent(p -> console.println(p.describe() + "\n"));
        console.print(ComparisonTable.render(comparison, shown));
        console.println();
        console.println("Means with 95% Student-t confidence intervals; Δ is the paired difference (scenario - "
                + comparison.base().scenario() + "), replication by replication.");
        console.println();
        console.println("Verdict:");
        for (int i = 1; i < comparison.scenarios().size(); i++) {
            console.println("  " + ComparisonVerdict.sentence(comparison, i, ComparisonVerdict.MAIN));
        }
        if (output.requested()) {
            Map<String, Object> json = ComparisonJson.of(comparison,
                    contenders.stream().map(Contender::definition).toList());
            console.println();
            output.write(cl, console, json);
        }
        return ClinicFlowCli.OK;
    }

    /** The scenarios given, then the variants of the first; names made unique. */
    private List<Contender> contenders() {
        List<ScenarioOverride> common = overrides.overrides();
        List<Contender> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (String s : scenarios) {
            LoadedScenario loaded = ScenarioLoader.load(s, common);
            out.add(new Contender(OverrideOptions.describe(loaded.source(), common),
                    new NamedClinic(unique(loaded.clinic().name(), names), loaded.clinic())));
        }
        for (String v : variants) {
            VariantSpec variant = VariantSpec.parse(v);
            List<ScenarioOverride> all = new ArrayList<>(common);
            all.addAll(variant.overrides());
            LoadedScenario loaded = ScenarioLoader.load(scenarios.get(0), all);
            out.add(new Contender(OverrideOptions.describe(loaded.source(), all),
                    new NamedClinic(unique(variant.name(), names), loaded.clinic())));
        }
        return out;
    }

    private static String unique(String name, Set<String> taken) {
        String n = name;
        for (int k = 2; !taken.add(n); k++) {
            n = name + " (" + k + ")";
        }
        return n;
    }
}
