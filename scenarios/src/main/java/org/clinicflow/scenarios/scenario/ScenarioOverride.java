package org.clinicflow.scenarios.scenario;

import org.clinicflow.scenarios.input.InvalidInputException;

/**
 * One change to a scenario given on the command line, {@code --set PATH=VALUE} or {@code --unset PATH}: applied to the
 * YAML tree before the scenario is read, so the changed scenario is checked like a file. {@code value} is YAML text (a
 * scalar or a flow collection such as {@code {mon-fri: day@float}}); it is null for {@code --unset}. The path syntax
 * is in docs/scenario-format.md ("Overrides").
 */
public record ScenarioOverride(String path, String value) {
    public ScenarioOverride {
        OverridePath.parse(path, label(path, value));
    }

    /** {@code --set PATH=VALUE}. */
    public static ScenarioOverride set(String path, String value) {
        return new ScenarioOverride(path.trim(), value);
    }

    /** {@code --unset PATH}: removes a key, a list item, or (in a map keyed by weekdays) those days. */
    public static ScenarioOverride unset(String path) {
        return new ScenarioOverride(path.trim(), null);
    }

    /** Reads {@code PATH=VALUE} as written after {@code --set}. */
    public static ScenarioOverride parseSet(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq < 0) {
            throw new InvalidInputException("--set " + assignment, "",
                    "write PATH=VALUE, e.g. --set visitTypes[established].noShow=0.2 or --set examRooms.a=6");
        }
        String value = assignment.substring(eq + 1).trim();
        if (value.isEmpty()) {
            throw new InvalidInputException("--set " + assignment, "",
                    "no value after '='; write one (e.g. 0.2, 08:00-17:00, {mon-fri: day@float}), or use --unset "
                            + assignment.substring(0, eq).trim() + " to remove the key");
        }
        return set(assignment.substring(0, eq), value);
    }

    /** True for {@code --unset}. */
    public boolean removes() {
        return value == null;
    }

    /** As the user wrote it, {@code --set PATH=VALUE} or {@code --unset PATH}: how messages name it. */
    @Override
    public String toString() {
        return label(path, value);
    }

    private static String label(String path, String value) {
        return value == null ? "--unset " + path : "--set " + path + "=" + value;
    }
}
