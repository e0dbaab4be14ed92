package org.clinicflow.scenarios.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One value of a scenario file with its field path (e.g. {@code providers[2].sessions.mon}) and position. Reading a
 * value of the wrong shape records a problem and yields the fallback, so one pass finds every mistake; a value under
 * a broken parent stays quiet, so one mistake is reported once.
 */
final class YamlValue {
    /** A key of a map with free keys (weekdays, supply ids...), the key's own position, and its value. */
    record Entry(String key, YamlValue keyValue, YamlValue value) {
    }

    private final Problems problems;
    private final Node node;
    private final String path;
    private final Optional<Mark> mark;
    private final boolean broken;
    private Map<String, YamlValue> children;
    private List<Entry> entries;

    private YamlValue(Problems problems, Node node, String path, Optional<Mark> mark, boolean broken) {
        this.problems = problems;
        this.node = node;
        this.path = path;
        this.mark = mark;
        this.broken = broken;
    }

    static YamlValue root(Node node, Problems problems) {
        return new YamlValue(problems, node, "", node.getStartMark(), false);
    }

    String path() {
        return path;
    }

    /** The path with list indexes removed ({@code providers[].sessions}), naming the position in the format. */
    String shape() {
        return path.replaceAll("\\[\\d+]", "[]");
    }

    int line() {
        return mark.map(m -> m.getLine() + 1).orElse(0);
    }

    int column() {
        return mark.map(m -> m.getColumn() + 1).orElse(0);
    }

    boolean present() {
        return node != null;
    }

    boolean isMap() {
        return node instanceof MappingNode;
    }

    boolean isList() {
        return node instanceof SequenceNode;
    }

    boolean isNumber() {
        return node instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()));
    }

    /** True for a text scalar equal to {@code word} (such as {@code none} or {@code closed}). */
    boolean isWord(String word) {
        return node instanceof ScalarNode s && Tag.STR.equals(s.getTag()) && s.getValue().trim().equals(word);
    }

    /**
     * True when a problem has been recorded at this value or inside it. A check that compares this value with others
     * skips when it failed: what was read in its place would only repeat the mistake as its consequences.
     */
    boolean failed() {
        return problems.failedAt(path);
    }

    /** True when none of {@code values} failed to read, so a check depending on all of them can run. */
    static boolean allRead(YamlValue... values) {
        for (YamlValue v : values) {
            if (v != null && v.failed()) {
                return false;
            }
        }
        return true;
    }

    /** Records a problem at this value: at its line in the file, or against the override that set it. */
    void problem(String message) {
        if (NodeOverrides.fromOverride(mark, problems.source())) {
            problems.add(mark.get().getName(), path, message);
        } else {
            problems.add(line(), column(), path, message);
        }
    }

    /** Records that this key is missing when it is (and its parent was readable). */
    YamlValue required() {
        if (node == null && !broken) {
            problem("is required here but missing");
        }
        return this;
    }

    // ---- maps ----

    /**
     * Checks this is a map whose keys are all among {@code allowed}, reporting each other key with the closest allowed
     * one. Returns this value, or a broken one when it is not a map.
     */
    YamlValue fields(String... allowed) {
        Set<String> keys = new LinkedHashSet<>(List.of(allowed));
        problems.observeKeys(shape(), keys);
        return variantFields(keys);
    }

    /** As {@link #fields}, for maps whose keys depend on one of their values (a distribution's parameters). */
    YamlValue variantFields(Set<String> keys) {
        if (!expectMap("a map with the keys " + String.join(", ", keys))) {
            return brokenCopy();
        }
        for (Entry e : entries()) {
            if (!keys.contains(e.key())) {
                e.keyValue().problem("unknown key '" + e.key() + "'" + DidYouMean.hint(e.key(), keys)
                        + "; allowed here: " + String.join(", ", keys));
            }
        }
        return this;
    }

    /** The value under {@code key} (absent if there is none). */
    YamlValue get(String key) {
        if (children == null) {
            children = new LinkedHashMap<>();
            for (Entry e : entries()) {
                children.putIfAbsent(e.key(), e.value());
            }
        }
        YamlValue child = children.get(key);
        return child != null ? child : new YamlValue(problems, null, childPath(key), mark, broken || !isMap() && present());
    }

    /** The entries of a map with free keys, in file order; duplicate keys are reported and skipped. */
    List<Entry> entries() {
        if (entries != null) {
            return entries;
        }
        entries = new ArrayList<>();
        if (!(node instanceof MappingNode map)) {
            return entries;
        }
        Set<String> seen = new LinkedHashSet<>();
        for (NodeTuple t : map.getValue()) {
            Node k = t.getKeyNode();
            String key = k instanceof ScalarNode s ? s.getValue() : null;
            YamlValue keyValue = new YamlValue(problems, k, childPath(key == null ? "?" : key), k.getStartMark(), false);
            if (key == null) {
                keyValue.problem("keys must be plain words, not lists or maps");
                continue;
            }
            if (!seen.add(key)) {
                keyValue.problem("duplicate key '" + key + "': each key may appear once in a map");
                continue;
            }
            Node v = t.getValueNode();
            entries.add(new Entry(key, keyValue, new YamlValue(problems, v, childPath(key), v.getStartMark(), false)));
        }
        return entries;
    }

    /** For a map with free keys: checks this is a map (absent is fine) and returns its entries. */
    List<Entry> mapEntries(String whatKeys) {
        return expectMap("a map of " + whatKeys) ? entries() : List.of();
    }

    private boolean expectMap(String what) {
        if (node == null || broken) {
            return node == null;
        }
        if (!(node instanceof MappingNode)) {
            problem("must be " + what + ", got " + describe());
            return false;
        }
        return true;
    }

    // ---- lists ----

    /** The items of a list (empty if absent); anything else is reported. */
    List<YamlValue> items() {
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof SequenceNode seq)) {
            problem("must be a list (items starting with '- ' or [a, b]), got " + describe());
            return List.of();
        }
        List<YamlValue> out = new ArrayList<>();
        List<Node> values = seq.getValue();
        for (int i = 0; i < values.size(); i++) {
            Node n = values.get(i);
            out.add(new YamlValue(problems, n, path + "[" + i + "]", n.getStartMark(), false));
        }
        return out;
    }

    /** The items of a list, or this value alone when it is not a list (e.g. one session instead of several). */
    List<YamlValue> itemsOrSingle() {
        if (node == null) {
            return List.of();
        }
        return node instanceof SequenceNode ? items() : List.of(this);
    }

    /** A list of texts (e.g. skills); empty if absent. */
    List<String> texts() {
        List<String> out = new ArrayList<>();
        for (YamlValue v : items()) {
            String s = v.text(null);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    // ---- scalars ----

    /** The text, or {@code fallback} when absent or not text (reported). */
    String text(String fallback) {
        if (node == null) {
            return fallback;
        }
        if (!(node instanceof ScalarNode s)) {
            problem("must be text, got " + describe());
            return fallback;
        }
        if (Tag.NULL.equals(s.getTag())) {
            problem("has no value; write one or remove the key");
            return fallback;
        }
        if (!Tag.STR.equals(s.getTag())) {
            problem("must be text, got " + describe() + " (put it in quotes: \"" + s.getValue() + "\")");
            return fallback;
        }
        return s.getValue();
    }

    /** The text, which must be one of {@code allowed}; {@code fallback} when absent or not allowed (reported). */
    String oneOf(Collection<String> allowed, String fallback) {
        String s = text(null);
        if (s == null) {
            return fallback;
        }
        if (!allowed.contains(s)) {
            problem("'" + s + "' is not allowed" + DidYouMean.hint(s, allowed) + "; write one of "
                    + String.join(", ", allowed));
            return fallback;
        }
        return s;
    }

    /** A finite number, or {@code fallback} when absent or not a number (reported). */
    double number(double fallback) {
        Double d = numberOrNull();
        return d == null ? fallback : d;
    }

    /** A number greater than zero. */
    double positive(double fallback) {
        Double d = numberOrNull();
        if (d != null && !(d > 0)) {
            problem("must be greater than 0, got " + fmt(d));
            return fallback;
        }
        return d == null ? fallback : d;
    }

    /** A number zero or greater. */
    double nonNegative(double fallback) {
        Double d = numberOrNull();
        if (d != null && d < 0) {
            problem("must be 0 or greater, got " + fmt(d));
            return fallback;
        }
        return d == null ? fallback : d;
    }

    /**
     * A number from {@code min} to {@code max}, both included; {@code meaning} (e.g. "1.5 = time and a half") says
     * what the numbers mean, so the message states the limits and why.
     */
    double between(double min, double max, String meaning, double fallback) {
        Double d = numberOrNull();
        if (d != null && (d < min || d > max)) {
            problem("must be from " + fmt(min) + " to " + fmt(max) + " (" + meaning + "), got " + fmt(d));
            return fallback;
        }
        return d == null ? fallback : d;
    }

    /** A number greater than 0 and at most {@code max}; the message states the limits and {@code meaning}. */
    double positiveAtMost(double max, String meaning, double fallback) {
        Double d = numberOrNull();
        if (d != null && !(d > 0 && d <= max)) {
            problem("must be greater than 0 and at most " + fmt(max) + " (" + meaning + "), got " + fmt(d));
            return fallback;
        }
        return d == null ? fallback : d;
    }

    /** A probability or share between 0 and 1. */
    double probability(double fallback) {
        Double d = numberOrNull();
        if (d != null && (d < 0 || d > 1)) {
            problem("must be a probability between 0 and 1 (e.g. 0.12 for 12%), got " + fmt(d));
            return fallback;
        }
        return d == null ? fallback : d;
    }

    /** A whole number at least {@code min} (and at most the largest whole number a field holds, 2147483647). */
    int integer(int min, int fallback) {
        return integer(min, Integer.MAX_VALUE, fallback);
    }

    /** A whole number from {@code min} to {@code max}; the message states both limits. */
    int integer(int min, int max, int fallback) {
        Double d = numberOrNull();
        if (d == null) {
            return fallback;
        }
        if (d != Math.rint(d) || d < min || d > max) {
            problem("must be a whole number " + (d > max || max < Integer.MAX_VALUE ? "from " + min + " to " + max
                    : min + " or greater") + ", got " + fmt(d));
            return fallback;
        }
        return (int) d.doubleValue();
    }

    /** The number, or null when absent or not a finite number (reported). */
    private Double numberOrNull() {
        if (node == null) {
            return null;
        }
        if (node instanceof ScalarNode s && (Tag.INT.equals(s.getTag()) || Tag.FLOAT.equals(s.getTag()))) {
            try {
                double d = Double.parseDouble(s.getValue());
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // .inf, .nan, octal and hex: reported below
            }
            problem("must be a finite decimal number, got " + s.getValue());
            return null;
        }
        problem("must be a number, got " + describe());
        return null;
    }

    /** true or false. */
    boolean bool(boolean fallback) {
        if (node == null) {
            return fallback;
        }
        if (node instanceof ScalarNode s && Tag.BOOL.equals(s.getTag())) {
            return Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT));
        }
        problem("must be true or false, got " + describe());
        return fallback;
    }

    /** How the value looks, for messages: {@code 'abc'}, {@code the number 5}, {@code a list}, {@code a map}. */
    String describe() {
        if (node instanceof MappingNode) {
            return "a map";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof ScalarNode s) {
            Tag t = s.getTag();
            if (Tag.NULL.equals(t)) {
                return "no value";
            }
            if (Tag.INT.equals(t) || Tag.FLOAT.equals(t)) {
                return "the number " + s.getValue();
            }
            if (Tag.BOOL.equals(t)) {
                return s.getValue();
            }
            return "'" + s.getValue() + "'";
        }
        return "nothing";
    }

    static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private String childPath(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private YamlValue brokenCopy() {
        return new YamlValue(problems, node, path, mark, true);
    }
}
