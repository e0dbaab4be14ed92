package org.clinicflow.scenarios.cli;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.scenarios.scenario.ScenarioOverride;
import picocli.CommandLine.Option;

/** {@code --set} and {@code --unset}: variations of a scenario for one run, without copying the file. */
public final class OverrideOptions {
    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = {"Change the scenario for this run; repeatable. PATH names a field: examRooms.a,"
                    + " visitTypes[established].noShow, providers[dr-kim].template, openingHours.mon-fri,"
                    + " medicalAssistants[+] (a new MA). VALUE is YAML: 6, 0.2, 07:00-19:00, {mon-fri: day@float}."
                    + " See docs/scenario-format.md, Overrides."})
    List<String> sets = new ArrayList<>();

    @Option(names = "--unset", paramLabel = "PATH",
            description = "Remove a key, a list item or a weekday from the scenario for this run (before the --set"
                    + " changes); repeatable. E.g. --unset baselineRoster.shifts.hannah")
    List<String> unsets = new ArrayList<>();

    /** The overrides in the order they apply: removals first, then changes in the order given. */
    List<ScenarioOverride> overrides() {
        List<ScenarioOverride> out = new ArrayList<>();
        unsets.forEach(u -> out.add(ScenarioOverride.unset(u)));
        sets.forEach(s -> out.add(ScenarioOverride.parseSet(s)));
        return out;
    }

    /** The scenario's source followed by its overrides, as a run's heading shows it. */
    static String describe(String source, List<ScenarioOverride> overrides) {
        StringBuilder b = new StringBuilder(source);
        overrides.forEach(o -> b.append(' ').append(o));
        return b.toString();
    }
}
