package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLibrary;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.scenarios.scenario.ScenarioSummary;
import org.clinicflow.simulator.clinic.Clinic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the built-in scenarios with their practice type, size and a one-line description. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"List the built-in scenarios.",
                "Each is a whole clinic (providers, rooms, visit types, MA team, baseline roster, pay rules) with",
                "sourced default figures; use its name wherever a command takes a scenario file.",
                "The format is described in docs/scenario-format.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow scenarios", "  clinicflow validate family-medicine"})
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "practice type", "providers", "MAs", "description"});
        for (String name : ScenarioLibrary.names()) {
            LoadedScenario s = ScenarioLoader.loadBuiltIn(name);
            Clinic c = s.clinic();
            rows.add(new String[] {name, practiceType(c), Integer.toString(c.providers().size()),
                Integer.toString(c.medicalAssistants().size()), c.description().lines().findFirst().orElse("")});
        }
        int[] width = new int[5];
        for (String[] r : rows) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            out.printf("%-" + width[0] + "s  %-" + width[1] + "s  %" + width[2] + "s  %" + width[3] + "s  %s%n",
                    (Object[]) r);
            if (k == 0) {
                out.println("-".repeat(width[0] + width[1] + width[2] + width[3] + width[4] + 8));
            }
        }
        out.println();
        out.println("Check one, or your own file: clinicflow validate NAME|FILE");
        return ClinicFlowCli.OK;
    }

    static String practiceType(Clinic c) {
        return ScenarioSummary.practiceType(c);
    }
}
