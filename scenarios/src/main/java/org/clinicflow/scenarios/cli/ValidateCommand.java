package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.input.InvalidInputFileException;
import org.clinicflow.scenarios.scenario.LoadedScenario;
import org.clinicflow.scenarios.scenario.ScenarioLoader;
import org.clinicflow.scenarios.scenario.ScenarioOverride;
import org.clinicflow.scenarios.scenario.ScenarioSummary;
import org.clinicflow.simulator.clinic.Clinic;
import org.clinicflow.simulator.clinic.SpecialRoom;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks a scenario file (or built-in) and prints its key figures, or every problem with file, line and field. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Check a scenario file and summarize it.",
                "Reads FILE (or the built-in scenario of that name), checks every section, reference and rule,"
                        + " and prints the clinic's key figures. Problems are listed one per line as"
                        + " FILE:LINE:COLUMN: FIELD: what is wrong and what is allowed; the exit code is then 2.",
                "With --set/--unset, checks the scenario as changed; a problem an override causes names it.",
                "With --json, an invalid scenario gives {\"valid\": false, \"problems\": [{file, line, column, field,"
                        + " problem}...]} (exit code 2)."},
        footerHeading = "%nExamples:%n",
        footer = {"  clinicflow validate family-medicine",
                "  clinicflow validate my-clinic.yaml",
                "  clinicflow validate family-medicine \\",
                "      --set 'medicalAssistants[+]={id: extra, wage: 22}' \\",
                "      --set 'baselineRoster.shifts.extra={mon-fri: day@float}'",
                "  clinicflow validate clinics/east.yaml --json -",
                "      (the figures as JSON, for a script)",
                "  clinicflow scenarios      (lists the built-in names)"})
final class ValidateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE|NAME", description = "A scenario file, or the name of a built-in.")
    String scenario;

    @Mixin
    OverrideOptions overrides;

    @Mixin
    JsonOutput output;

    @Override
    public Integer call() {
        List<ScenarioOverride> changes = overrides.overrides();
        LoadedScenario loaded;
        try {
            loaded = ScenarioLoader.load(scenario, changes);
        } catch (InvalidInputException e) {
            if (output.requested()) {
                // A script gets the verdict and every problem as JSON; people still get them on standard error,
                // even when the JSON cannot be written.
                try {
                    output.write(spec.commandLine(), output.console(spec.commandLine()), invalid(e));
                } catch (UncheckedIOException notWritten) {
                    spec.commandLine().getErr().println("error: " + notWritten.getMessage());
                }
            }
            throw e;
        }
        Clinic c = loaded.clinic();
        ScenarioSummary s = ScenarioSummary.of(c);
        PrintWriter out = output.console(spec.commandLine());
        out.println(OverrideOptions.describe(loaded.source(), changes) + ": valid");
        out.println();
        out.printf(Locale.ROOT, "  %-19s %s%n", "name", c.name());
        if (!c.description().isBlank()) {
            out.printf(Locale.ROOT, "  %-19s %s%n", "description", c.description().lines().findFirst().orElse(""));
        }
        out.printf(Locale.ROOT, "  %-19s %s, from %s (%s)%n", "practice type", ScenariosCommand.practiceType(c),
                c.startDate(), c.currency());
        out.printf(Locale.ROOT, "  %-19s %d%n", "providers", s.providers());
        out.printf(Locale.ROOT, "  %-19s %d exam room%s%s%n", "rooms", s.examRooms(), s.examRooms() == 1 ? "" : "s",
                specialRooms(c));
        out.printf(Locale.ROOT, "  %-19s %d (%d certified), %d station%s%n", "medical assistants",
                s.medicalAssistants(), s.certifiedMedicalAssistants(), s.stations(), s.stations() == 1 ? "" : "s");
        out.printf(Locale.ROOT, "  %-19s %d a week (template slots, before no-shows)%n", "booked visits",
                s.bookedVisitsPerWeek());
        if (c.walkIns() != null) {
            out.printf(Locale.ROOT, "  %-19s %.0f a week (expected)%n", "walk-ins", s.walkInsPerWeek());
        }
        out.printf(Locale.ROOT, "  %-19s %.1f paid hours a week (baseline roster, %d-week cycle)%n", "MA hours",
                s.baselineMaHoursPerWeek(), c.baselineRoster().weeks());
        if (output.requested()) {
            out.println();
            output.write(spec.commandLine(), out, json(OverrideOptions.describe(loaded.source(), changes), c, s));
        }
        return ClinicFlowCli.OK;
    }

    /** An invalid scenario for a script: {@code valid: false} and each problem with its place and field. */
    static Map<String, Object> invalid(InvalidInputException e) {
        List<InvalidInputException> all = e instanceof InvalidInputFileException many ? many.problems() : List.of(e);
        List<Map<String, Object>> problems = new ArrayList<>();
        for (InvalidInputException p : all) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", p.source());
            m.put("line", p.line() > 0 ? p.line() : null);
            m.put("column", p.column() > 0 ? p.column() : null);
            m.put("field", p.field() == null ? "" : p.field());
            m.put("problem", p.problem());
            problems.add(m);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("valid", false);
        m.put("problems", problems);
        return m;
    }

    /** The key figures under names a script can read. */
    private static Map<String, Object> json(String definition, Clinic c, ScenarioSummary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("definition", definition);
        m.put("valid", true);
        m.put("name", c.name());
        m.put("description", c.description().lines().findFirst().orElse(""));
        m.put("practiceType", ScenarioSummary.practiceType(c));
        m.put("startDate", c.startDate().toString());
        m.put("currency", c.currency());
        m.put("providers", s.providers());
        m.put("examRooms", s.examRooms());
        m.put("specialRooms", c.specialRooms().stream().map(SpecialRoom::id).toList());
        m.put("medicalAssistants", s.medicalAssistants());
        m.put("certifiedMedicalAssistants", s.certifiedMedicalAssistants());
        m.put("stations", s.stations());
        m.put("bookedVisitsPerWeek", s.bookedVisitsPerWeek());
        m.put("walkInsPerWeek", c.walkIns() == null ? 0 : s.walkInsPerWeek());
        m.put("baselineMaHoursPerWeek", s.baselineMaHoursPerWeek());
        m.put("rosterWeeks", c.baselineRoster().weeks());
        return m;
    }

    private static String specialRooms(Clinic c) {
        if (c.specialRooms().isEmpty()) {
            return "";
        }
        return ", special: " + c.specialRooms().stream().map(SpecialRoom::id).collect(Collectors.joining(", "));
    }
}
