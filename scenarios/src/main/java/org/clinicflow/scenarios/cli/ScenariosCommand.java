package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLibrary;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.scenarios.scenario.ScenarioSummary;
import org.clinicflow.simulator.clinic.Clinic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Lists the built-in scenarios with their practice type, size and a one-line description. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"List the built-in scenarios.",
                "Each is a whole clinic (providers, rooms, visit types, MA team, baseline roster, pay rules) with "
                + "sourced default figures; use its name wherever a command takes a scenario file.",
                "The format is described in docs/scenario-format.md."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow scenarios", "  clinicflow scenarios --json -      (the list as JSON, for a script)",
                "  clinicflow validate family-medicine"})
final class ScenariosCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() {
        PrintWriter out = output.console(spec.commandLine());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "practice type", "providers", "MAs", "description"});
        List<Map<String, Object>> json = new ArrayList<>();
        for (String name : ScenarioLibrary.names()) {
            LoadedScenario s = ScenarioLoader.loadBuiltIn(name);
            Clinic c = s.clinic();
            String[] row = {name, practiceType(c), Integer.toString(c.providers().size()),
                Integer.toString(c.medicalAssistants().size()), c.description().lines().findFirst().orElse("")};
            rows.add(row);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("practiceType", row[1]);
            m.put("providers", c.providers().size());
            m.put("medicalAssistants", c.medicalAssistants().size());
            m.put("description", row[4]);
            json.add(m);
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
        if (output.requested()) {
            output.write(spec.commandLine(), out, json);
        }
        return ClinicFlowCli.OK;
    }

    static String practiceType(Clinic c) {
        return ScenarioSummary.practiceType(c);
    }
}
