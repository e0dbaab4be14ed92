package org.clinicflow.scenarios.scenario;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The ids one section defines (pods, visit types, MAs...): each must be a plain word and unique, and every reference
 * elsewhere must name one of them.
 */
final class Ids {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    private final String what;
    private final String section;
    private final Map<String, String> definedAt = new LinkedHashMap<>();
    private boolean incomplete;

    /** {@code what} names one item ("pod"), {@code section} the top-level key defining them ("pods"). */
    Ids(String what, String section) {
        this.what = what;
        this.section = section;
    }

    /** Reads and registers an id; null when missing, malformed or already used (reported). */
    String define(YamlValue v) {
        String id = v.required().text(null);
        if (id == null) {
            incomplete = true;
            return null;
        }
        return define(v, id);
    }

    /** Registers an id given or generated for {@code v}. */
    String define(YamlValue v, String id) {
        if (!ID.matcher(id).matches()) {
            v.problem("'" + id + "' is not a usable id; use letters, digits, '-', '_' or '.', starting with a letter"
                    + " or digit");
            incomplete = true;
            return null;
        }
        String previous = definedAt.putIfAbsent(id, v.path());
        if (previous != null) {
            v.problem("duplicate " + what + " id '" + id + "': already used at " + previous);
            return null;
        }
        return id;
    }

    boolean contains(String id) {
        return definedAt.containsKey(id);
    }

    Set<String> all() {
        return definedAt.keySet();
    }

    /** Reads a reference to one of these ids; null when missing or unknown (reported). */
    String refer(YamlValue v) {
        String id = v.text(null);
        return id == null ? null : refer(v, id);
    }

    /**
     * True when an item of the section has an id that could not be read (missing or malformed): a reference to an
     * unknown id may then mean that item, so it is not reported until the id is fixed.
     */
    boolean incomplete() {
        return incomplete;
    }

    /**
     * Checks a reference written inside {@code v} (as in {@code day@pod-a}); null when unknown (reported, unless an
     * id of the section failed to read: see {@link #incomplete()}).
     */
    String refer(YamlValue v, String id) {
        if (!definedAt.containsKey(id)) {
            if (incomplete) {
                return null;
            }
            String known = definedAt.isEmpty() ? "the scenario defines none under " + section
                    : "defined under " + section + ": " + String.join(", ", definedAt.keySet());
            v.problem("unknown " + what + " '" + id + "'" + DidYouMean.hint(id, definedAt.keySet()) + "; " + known);
            return null;
        }
        return id;
    }

    /** Reads a list of references (or one); unknown ones are reported and left out. */
    Set<String> referAll(YamlValue list) {
        Set<String> out = new LinkedHashSet<>();
        for (YamlValue v : list.itemsOrSingle()) {
            String id = refer(v);
            if (id != null) {
                out.add(id);
            }
        }
        return out;
    }
}
