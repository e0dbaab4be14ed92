package org.clinicflow.scenarios.scenario;

import java.util.ArrayList;
import java.util.List;
import org.clinicflow.scenarios.input.InvalidInputException;

/**
 * The path of an override, {@code visitTypes[established].noShow}: keys after dots, list items in brackets by index
 * ({@code [0]}), by id ({@code [dr-kim]}: the item whose {@code id} is dr-kim) or {@code [+]} (a new item at the end).
 * On a map, {@code [key]} is the key itself, for keys holding dots.
 */
record OverridePath(String text, List<Step> steps) {
    /** One step down the tree; {@code bracketed} when written {@code [name]}. */
    record Step(String name, boolean bracketed, String pathSoFar) {
        boolean append() {
            return bracketed && name.equals("+");
        }

        boolean index() {
            return bracketed && name.chars().allMatch(Character::isDigit);
        }
    }

    static OverridePath parse(String text, String source) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int n = text.length();
        if (n == 0) {
            throw bad(source, "the path is empty; write e.g. examRooms.a or visitTypes[established].noShow");
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = text.indexOf(']', i);
                if (close < 0) {
                    throw bad(source, "'[' at " + (i + 1) + " is not closed; write list[0], list[id] or list[+]");
                }
                String name = text.substring(i + 1, close).trim();
                if (name.isEmpty()) {
                    throw bad(source, "empty brackets at " + (i + 1) + "; write an index [0], an id [dr-kim] or [+]");
                }
                i = close + 1;
                steps.add(new Step(name, true, text.substring(0, i)));
            } else {
                if (c == '.') {
                    if (steps.isEmpty()) {
                        throw bad(source, "the path starts with '.'; start with a top-level key such as examRooms");
                    }
                    i++;
                } else if (!steps.isEmpty()) {
                    throw bad(source, "expected '.' or '[' at " + (i + 1) + " after '" + text.substring(0, i) + "'");
                }
                int end = i;
                while (end < n && text.charAt(end) != '.' && text.charAt(end) != '[') {
                    if (text.charAt(end) == ']') {
                        throw bad(source, "']' at " + (end + 1) + " has no '['");
                    }
                    end++;
                }
                String name = text.substring(i, end).trim();
                if (name.isEmpty()) {
                    throw bad(source, "an empty key at " + (i + 1) + " (two dots, or a dot before '[')");
                }
                i = end;
                steps.add(new Step(name, false, text.substring(0, i)));
            }
        }
        for (int s = 0; s < steps.size() - 1; s++) {
            if (steps.get(s).append()) {
                throw bad(source, "[+] adds a whole item, so it ends the path: write "
                        + steps.get(s).pathSoFar() + "={id: ..., ...}");
            }
        }
        return new OverridePath(text, List.copyOf(steps));
    }

    private static InvalidInputException bad(String source, String problem) {
        return new InvalidInputException(source, "", problem);
    }
}
