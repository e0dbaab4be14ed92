package org.clinicflow.scenarios.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.scenario.ScenarioOverride;

/**
 * A variant of the base scenario in {@code compare}, written {@code "NAME: --set PATH=VALUE --unset PATH ..."}: the
 * name the reports give it, and the overrides that make it. Values may hold spaces ({@code lognormal(4, 2)}); each
 * change runs to the next {@code --set} or {@code --unset}.
 */
record VariantSpec(String name, List<ScenarioOverride> overrides) {
    private static final Pattern CHANGE = Pattern.compile("(?:^|\\s)--(set|unset)(?:\\s+|=)");

    static VariantSpec parse(String text) {
        String where = "--variant \"" + text + "\"";
        int colon = text.indexOf(':');
        if (colon < 0 || text.substring(0, colon).isBlank()) {
            throw new InvalidInputException(where, "", "write \"NAME: --set PATH=VALUE ...\", e.g."
                    + " \"extra MA: --set medicalAssistants[ivan].contract=full-time"
                    + " --set baselineRoster.shifts.ivan={mon-fri: day@float}\"");
        }
        String name = text.substring(0, colon).trim();
        String body = text.substring(colon + 1);
        Matcher m = CHANGE.matcher(body);
        List<int[]> starts = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start(), m.end()});
            kinds.add(m.group(1));
        }
        if (starts.isEmpty() || !body.substring(0, starts.get(0)[0]).isBlank()) {
            throw new InvalidInputException(where, "", "after '" + name + ":' come the changes, each --set PATH=VALUE"
                    + " or --unset PATH, e.g. \"" + name + ": --set examRooms.a=6\"");
        }
        List<ScenarioOverride> overrides = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : body.length();
            String arg = unquote(body.substring(starts.get(i)[1], end).trim());
            if (arg.isEmpty()) {
                throw new InvalidInputException(where, "", "--" + kinds.get(i) + " needs "
                        + (kinds.get(i).equals("set") ? "PATH=VALUE" : "a PATH"));
            }
            overrides.add(kinds.get(i).equals("set") ? ScenarioOverride.parseSet(arg) : ScenarioOverride.unset(arg));
        }
        return new VariantSpec(name, overrides);
    }

    /** Drops one pair of quotes around a whole change, as a shell would have ('examRooms.a=6'). */
    private static String unquote(String s) {
        if (s.length() >= 2 && (s.startsWith("'") && s.endsWith("'") || s.startsWith("\"") && s.endsWith("\""))) {
            return s.substring(1, s.length() - 1).trim();
        }
        return s;
    }
}
