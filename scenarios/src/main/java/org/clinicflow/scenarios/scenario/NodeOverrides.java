package org.clinicflow.scenarios.scenario;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.input.InvalidInputFileException;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Applies overrides to a parsed scenario, before it is read. The tree is copied along each path, never changed in
 * place, so nodes shared through YAML aliases keep their other uses. Nodes an override brings in carry a mark named
 * after it ({@code --set PATH=VALUE}), so the reader reports their problems against the override rather than the file.
 * In a map keyed by weekdays, setting {@code mon-fri} replaces whatever the map said for those days (a key such as
 * {@code mon-sun} keeps {@code sat-sun}); unsetting a weekday removes that day.
 */
final class NodeOverrides {
    private final ScenarioOverride override;
    private final OverridePath path;
    private final Optional<Mark> mark;

    private NodeOverrides(ScenarioOverride override) {
        this.override = override;
        this.path = OverridePath.parse(override.path(), override.toString());
        this.mark = Optional.of(new Mark(override.toString(), 0, 0, 0, new int[0], 0));
    }

    /** The tree with every override applied in order; every override that cannot be applied is reported together. */
    static Node apply(Node root, List<ScenarioOverride> overrides) {
        List<InvalidInputException> problems = new ArrayList<>();
        Node current = root;
        for (ScenarioOverride o : overrides) {
            try {
                current = new NodeOverrides(o).at(current, 0, "");
            } catch (InvalidInputException e) {
                problems.add(e);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputFileException(problems);
        }
        return current;
    }

    /** True when {@code node} came from an override rather than the file ({@code source}). */
    static boolean fromOverride(Optional<Mark> mark, String source) {
        return mark.map(m -> !m.getName().equals(source)).orElse(false);
    }

    private Node at(Node node, int i, String parentPath) {
        OverridePath.Step step = path.steps().get(i);
        boolean last = i == path.steps().size() - 1;
        if (node instanceof MappingNode map) {
            return inMap(map, step, i, last, parentPath);
        }
        if (node instanceof SequenceNode list) {
            return inList(list, step, i, last, parentPath);
        }
        throw problem(parentPath, "is " + describe(node) + ", not a map or a list, so it has no '" + step.name()
                + "'; set it whole instead: --set " + parentPath + "=...");
    }

    private Node inMap(MappingNode map, OverridePath.Step step, int i, boolean last, String parentPath) {
        if (step.append()) {
            throw problem(parentPath, "is a map; [+] adds items to lists. Set a key instead: " + parentPath + ".KEY");
        }
        List<NodeTuple> tuples = map.getValue();
        int k = keyIndex(map, step.name());
        if (last) {
            if (override.removes()) {
                return k >= 0 ? copy(map, without(tuples, k)) : removeWeekdays(map, step);
            }
            return k >= 0 ? copy(map, replaced(tuples, k, new NodeTuple(tuples.get(k).getKeyNode(), value())))
                    : addKey(map, step);
        }
        if (k >= 0) {
            Node child = at(tuples.get(k).getValueNode(), i + 1, step.pathSoFar());
            return copy(map, replaced(tuples, k, new NodeTuple(tuples.get(k).getKeyNode(), child)));
        }
        if (override.removes()) {
            throw problem(step.pathSoFar(), "is not in the scenario, so there is nothing to remove"
                    + DidYouMean.hint(step.name(), keys(map)));
        }
        OverridePath.Step next = path.steps().get(i + 1);
        if (next.bracketed()) {
            throw problem(step.pathSoFar(), "is not in the scenario, so it has no items to pick with ["
                    + next.name() + "]" + DidYouMean.hint(step.name(), keys(map))
                    + "; set the whole list instead: --set " + step.pathSoFar() + "=[...]");
        }
        // A missing map on the way is created, so --set walkIns.perDay.mon=5 works where walkIns is absent; the
        // reader then says what else the new section needs.
        Node child = at(new MappingNode(Tag.MAP, true, new ArrayList<>(), FlowStyle.BLOCK, mark, mark), i + 1,
                step.pathSoFar());
        List<NodeTuple> out = new ArrayList<>(tuples);
        out.add(new NodeTuple(key(step.name()), child));
        return copy(map, out);
    }

    private Node inList(SequenceNode list, OverridePath.Step step, int i, boolean last, String parentPath) {
        List<Node> items = list.getValue();
        if (!step.bracketed()) {
            throw problem(parentPath, "is a list: pick an item by index or id, e.g. " + parentPath + "[0]."
                    + step.name() + (ids(list).isEmpty() ? "" : " or " + parentPath + "[" + ids(list).get(0) + "]."
                    + step.name()));
        }
        if (step.append()) {
            if (override.removes()) {
                throw problem(step.pathSoFar(), "[+] adds an item; to remove one, name it by index or id");
            }
            List<Node> out = new ArrayList<>(items);
            out.add(value());
            return copy(list, out);
        }
        int index = itemIndex(list, step, parentPath);
        if (last) {
            List<Node> out = new ArrayList<>(items);
            if (override.removes()) {
                out.remove(index);
            } else {
                out.set(index, value());
            }
            return copy(list, out);
        }
        List<Node> out = new ArrayList<>(items);
        out.set(index, at(items.get(index), i + 1, step.pathSoFar()));
        return copy(list, out);
    }

    private int itemIndex(SequenceNode list, OverridePath.Step step, String parentPath) {
        List<Node> items = list.getValue();
        if (step.index()) {
            int index;
            try {
                index = Integer.parseInt(step.name());
            } catch (NumberFormatException e) {
                index = Integer.MAX_VALUE;
            }
            if (index >= items.size()) {
                throw problem(parentPath, items.isEmpty() ? "is an empty list; add an item with " + parentPath
                        + "[+]=..." : "has " + items.size() + " item" + (items.size() == 1 ? "" : "s") + ", [0] to ["
                        + (items.size() - 1) + "]; [" + step.name() + "] is past the end ([+] adds an item)");
            }
            return index;
        }
        for (int j = 0; j < items.size(); j++) {
            if (step.name().equals(idOf(items.get(j)))) {
                return j;
            }
        }
        List<String> ids = ids(list);
        throw problem(parentPath, "no item with id '" + step.name() + "'" + DidYouMean.hint(step.name(), ids)
                + (ids.isEmpty() ? "; its items have no ids, so pick one by index, e.g. " + parentPath + "[0]"
                : "; ids here: " + String.join(", ", ids)));
    }

    /** Sets a key the map does not have; for a weekday key, takes those days out of the keys that named them. */
    private Node addKey(MappingNode map, OverridePath.Step step) {
        NodeTuple added = new NodeTuple(key(step.name()), value());
        Set<DayOfWeek> days = CalendarSyntax.weekdays(step.name());
        List<NodeTuple> out = days == null ? null : withoutDays(map, days, added);
        if (out == null) {
            out = new ArrayList<>(map.getValue());
            out.add(added);
        }
        return copy(map, out);
    }

    /** Unsets a weekday the map names only inside a range or list key ({@code --unset openingHours.fri}). */
    private Node removeWeekdays(MappingNode map, OverridePath.Step step) {
        Set<DayOfWeek> days = CalendarSyntax.weekdays(step.name());
        List<NodeTuple> out = days == null ? null : withoutDays(map, days, null);
        if (out == null) {
            throw problem(step.pathSoFar(), "is not in the scenario, so there is nothing to remove"
                    + DidYouMean.hint(step.name(), keys(map)) + (keys(map).isEmpty() ? ""
                    : "; keys here: " + String.join(", ", keys(map))));
        }
        return copy(map, out);
    }

    /**
     * The map's entries with {@code days} taken out of its weekday keys, and {@code added} (if any) where the first of
     * those keys was; null when no key names any of the days.
     */
    private static List<NodeTuple> withoutDays(MappingNode map, Set<DayOfWeek> days, NodeTuple added) {
        List<NodeTuple> out = new ArrayList<>();
        boolean any = false;
        for (NodeTuple t : map.getValue()) {
            Set<DayOfWeek> keyDays = weekdaysOf(t);
            if (keyDays == null || keyDays.stream().noneMatch(days::contains)) {
                out.add(t);
                continue;
            }
            keep(t, keyDays, days, out);
            if (!any && added != null) {
                out.add(added);
            }
            any = true;
        }
        return any ? out : null;
    }

    /** Keeps the days of a weekday key that {@code taken} does not cover, under a key naming just those. */
    private static void keep(NodeTuple t, Set<DayOfWeek> keyDays, Set<DayOfWeek> taken, List<NodeTuple> out) {
        Set<DayOfWeek> rest = EnumSet.copyOf(keyDays);
        rest.removeAll(taken);
        if (!rest.isEmpty()) {
            Node k = t.getKeyNode();
            out.add(new NodeTuple(new ScalarNode(Tag.STR, true, CalendarSyntax.spec(rest), ScalarStyle.PLAIN,
                    k.getStartMark(), k.getEndMark()), t.getValueNode()));
        }
    }

    private static Set<DayOfWeek> weekdaysOf(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? CalendarSyntax.weekdays(s.getValue()) : null;
    }

    /** The override's value as YAML, its nodes marked as coming from the override. */
    private Node value() {
        String label = override.toString();
        Node parsed;
        try {
            parsed = YamlDocument.parse(override.value(), label).orElse(null);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(label, "", e.problem()
                    + "; quote values holding ': ' or '#', e.g. --set 'name=\"A: B\"'");
        }
        if (parsed == null) {
            throw new InvalidInputException(label, "", "no value; write one, or use --unset " + override.path());
        }
        return parsed;
    }

    private ScalarNode key(String name) {
        return new ScalarNode(Tag.STR, true, name, ScalarStyle.PLAIN, mark, mark);
    }

    private InvalidInputException problem(String field, String problem) {
        return new InvalidInputException(override.toString(), field, problem);
    }

    private static int keyIndex(MappingNode map, String key) {
        List<NodeTuple> tuples = map.getValue();
        for (int j = 0; j < tuples.size(); j++) {
            if (tuples.get(j).getKeyNode() instanceof ScalarNode s && s.getValue().equals(key)) {
                return j;
            }
        }
        return -1;
    }

    private static List<String> keys(MappingNode map) {
        List<String> keys = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode s) {
                keys.add(s.getValue());
            }
        }
        return keys;
    }

    /** The id of a list item: its {@code id} key, or the item itself when it is a bare id ({@code pods: [a, b]}). */
    private static String idOf(Node item) {
        if (item instanceof ScalarNode s) {
            return s.getValue();
        }
        if (item instanceof MappingNode m) {
            int k = keyIndex(m, "id");
            if (k >= 0 && m.getValue().get(k).getValueNode() instanceof ScalarNode s) {
                return s.getValue();
            }
        }
        return null;
    }

    private static List<String> ids(SequenceNode list) {
        List<String> ids = new ArrayList<>();
        for (Node n : list.getValue()) {
            String id = idOf(n);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<NodeTuple> without(List<NodeTuple> tuples, int k) {
        List<NodeTuple> out = new ArrayList<>(tuples);
        out.remove(k);
        return out;
    }

    private static List<NodeTuple> replaced(List<NodeTuple> tuples, int k, NodeTuple t) {
        List<NodeTuple> out = new ArrayList<>(tuples);
        out.set(k, t);
        return out;
    }

    private static MappingNode copy(MappingNode map, List<NodeTuple> tuples) {
        return new MappingNode(map.getTag(), true, tuples, map.getFlowStyle(), map.getStartMark(), map.getEndMark());
    }

    private static SequenceNode copy(SequenceNode list, List<Node> items) {
        return new SequenceNode(list.getTag(), true, items, list.getFlowStyle(), list.getStartMark(),
                list.getEndMark());
    }

    private static String describe(Node node) {
        if (node instanceof ScalarNode s) {
            return Tag.NULL.equals(s.getTag()) ? "empty" : "the value '" + s.getValue() + "'";
        }
        return "a value";
    }
}
