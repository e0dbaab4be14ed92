package org.clinicflow.scenarios.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.clinicflow.scenarios.input.DistributionSyntax;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * The JSON Schema shipped for editors agrees with the loader: every built-in passes both, broken files fail both, and
 * at every map the loader reads, the schema allows exactly the keys the loader allows.
 */
class ScenarioSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode schemaNode;
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        schemaNode = JSON.readTree(ScenarioFiles.read(ScenarioFiles.RESOURCES.resolve("scenario.schema.json")));
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode);
    }

    static Set<ValidationMessage> schemaErrors(String yaml) {
        Object tree = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(yaml);
        return schema.validate(JSON.valueToTree(tree));
    }

    static Stream<Arguments> scenarios() {
        return ScenarioFiles.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void everyScenarioPassesTheSchemaAndTheLoader(String name, String yaml) {
        assertEquals(Set.of(), schemaErrors(yaml), name);
        assertEquals(List.of(), ScenarioTexts.problems(yaml), name);
    }

    @Test
    void everyBuiltInNamesTheSchemaForEditors() {
        for (String name : ScenarioLibrary.names()) {
            String first = ScenarioLibrary.text(name).orElseThrow().lines().findFirst().orElse("");
            assertEquals("# yaml-language-server: $schema=../scenario.schema.json", first, name);
        }
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("unknown key", "    template: standard", "    tempalte: standard"),
                Arguments.of("wrong type", "slotMinutes: 15", "slotMinutes: fifteen"),
                Arguments.of("negative slot", "slotMinutes: 15", "slotMinutes: -15"),
                Arguments.of("probability above 1", "noShow: 0.1", "noShow: 12"),
                Arguments.of("bad window", "mon-fri: 08:00-17:00", "mon-fri: 8am-5pm"),
                Arguments.of("bad weekday", "  mon-fri: 08:00-17:00", "  mon-fir: 08:00-17:00"),
                Arguments.of("missing required", "    wage: 19\n", ""),
                Arguments.of("unknown distribution", "duration: normal(4.3, 0.9)", "duration: weibull(4, 2)"),
                Arguments.of("pod station without pod", "  - {id: pod-a, kind: pod, pod: a}", "  - {id: pod-a, kind: pod}"),
                Arguments.of("bad credential", "credential: CMA", "credential: LPN"),
                Arguments.of("bad assignment", "      mon-fri: day@lab", "      mon-fri: day at lab"),
                Arguments.of("lower-case currency", "name: tiny", "name: tiny\ncurrency: usd"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void brokenFilesFailTheSchemaAndTheLoader(String what, String from, String to) {
        String broken = ScenarioTexts.replace(from, to);
        assertFalse(schemaErrors(broken).isEmpty(), what + ": the schema accepts it");
        assertFalse(ScenarioTexts.problems(broken).isEmpty(), what + ": the loader accepts it");
    }

    @Test
    void theSchemaKnowsEveryDistributionTheLoaderKnows() {
        JsonNode branches = schemaNode.at("/$defs/distribution/oneOf/2/oneOf");
        Map<String, Set<String>> inSchema = new TreeMap<>();
        for (JsonNode b : branches) {
            Set<String> keys = new TreeSet<>();
            b.get("properties").fieldNames().forEachRemaining(keys::add);
            keys.remove("distribution");
            inSchema.put(b.at("/properties/distribution/const").asText(), keys);
        }
        Map<String, Set<String>> inLoader = new TreeMap<>();
        for (String kind : DistributionSyntax.kinds()) {
            inLoader.put(kind, new TreeSet<>(DistributionSyntax.parameterNames(kind).orElseThrow()));
        }
        assertEquals(inLoader, inSchema);
    }

    @Test
    void theSchemaAllowsExactlyTheKeysTheLoaderAllowsAtEveryMap() {
        Map<String, Set<String>> loader = new TreeMap<>();
        for (Map.Entry<String, String> e : ScenarioFiles.all().entrySet()) {
            ScenarioReader.read(e.getValue(), e.getKey(), (path, keys) -> loader.merge(generic(path),
                    new TreeSet<>(keys), (a, b) -> {
                        assertEquals(a, b, "the loader allows different keys at " + path);
                        return a;
                    }));
        }
        List<String> mismatches = new ArrayList<>();
        Set<String> objectsInSchema = new TreeSet<>();
        collectObjects(schemaNode, "", objectsInSchema);
        for (Map.Entry<String, Set<String>> e : loader.entrySet()) {
            Set<String> schemaKeys = keysAt(e.getKey());
            if (!e.getValue().equals(schemaKeys)) {
                mismatches.add(e.getKey() + ": loader " + e.getValue() + ", schema " + schemaKeys);
            }
        }
        assertEquals(List.of(), mismatches);
        // And every map the schema describes is read by the loader somewhere in the files above.
        Set<String> unread = new TreeSet<>(objectsInSchema);
        unread.removeAll(loader.keySet());
        assertEquals(Set.of(), unread, "maps in the schema that no scenario file exercises");
    }

    /** A field path with free keys (ids, weekdays) replaced by '*', as the schema addresses them. */
    private static String generic(String shape) {
        String[] parts = shape.split("\\.");
        StringBuilder b = new StringBuilder();
        JsonNode[] at = {schemaNode};
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("[]", "");
            String segment = at[0] == null ? "*" : segmentFor(at[0], name);
            b.append(b.isEmpty() ? "" : ".").append(segment).append(part.endsWith("[]") ? "[]" : "");
            at[0] = step(at[0], segment, part.endsWith("[]"));
        }
        return b.toString();
    }

    /** A named property as itself, a key matching a patternProperties regex as that regex, any other key as '*'. */
    private static String segmentFor(JsonNode schemaAt, String key) {
        String segment = "*";
        for (JsonNode c : objectCandidates(schemaAt)) {
            if (c.has("properties") && c.get("properties").has(key)) {
                return key;
            }
            if (c.has("patternProperties")) {
                Iterator<String> patterns = c.get("patternProperties").fieldNames();
                while (patterns.hasNext()) {
                    String p = patterns.next();
                    if (java.util.regex.Pattern.compile(p).matcher(key).find()) {
                        segment = p;
                    }
                }
            }
        }
        return segment;
    }

    /** The keys the schema allows at a generic path ('*' = a free key; '[]' = a list item). */
    private static Set<String> keysAt(String path) {
        JsonNode at = schemaNode;
        for (String part : path.isEmpty() ? new String[0] : path.split("\\.")) {
            at = step(at, part.replace("[]", ""), part.endsWith("[]"));
        }
        Set<String> keys = new TreeSet<>();
        if (at != null) {
            for (JsonNode c : objectCandidates(at)) {
                if (c.has("properties")) {
                    c.get("properties").fieldNames().forEachRemaining(keys::add);
                }
            }
        }
        return keys;
    }

    private static JsonNode step(JsonNode schemaAt, String segment, boolean item) {
        if (schemaAt == null) {
            return null;
        }
        JsonNode next = null;
        for (JsonNode c : objectCandidates(schemaAt)) {
            if (c.has("properties") && c.get("properties").has(segment)) {
                next = c.get("properties").get(segment);
            } else if (c.has("patternProperties") && c.get("patternProperties").has(segment)) {
                next = c.get("patternProperties").get(segment);
            } else if (segment.equals("*") && c.has("additionalProperties") && c.get("additionalProperties").isObject()) {
                next = c.get("additionalProperties");
            }
        }
        if (next != null && item) {
            for (JsonNode c : objectCandidates(next)) {
                if (c.has("items")) {
                    return c.get("items");
                }
            }
            return null;
        }
        return next;
    }

    /** The concrete schemas a schema stands for: $ref followed, oneOf/anyOf/allOf expanded. */
    private static List<JsonNode> objectCandidates(JsonNode s) {
        List<JsonNode> out = new ArrayList<>();
        if (s.has("$ref")) {
            out.addAll(objectCandidates(schemaNode.at(s.get("$ref").asText().substring(1))));
        }
        for (String combiner : List.of("oneOf", "anyOf", "allOf")) {
            if (s.has(combiner)) {
                s.get(combiner).forEach(b -> out.addAll(objectCandidates(b)));
            }
        }
        out.add(s);
        return out;
    }

    /** Generic paths of every map with fixed keys in the schema, except distribution maps (checked above). */
    private static void collectObjects(JsonNode s, String path, Set<String> out) {
        for (JsonNode c : objectCandidates(s)) {
            if (c.has("properties") && !c.get("properties").has("distribution")) {
                out.add(path);
                Iterator<Map.Entry<String, JsonNode>> it = c.get("properties").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    collectObjects(e.getValue(), (path.isEmpty() ? "" : path + ".") + e.getKey(), out);
                }
            }
            if (c.has("items")) {
                collectObjects(c.get("items"), path + "[]", out);
            }
            if (c.has("additionalProperties") && c.get("additionalProperties").isObject()) {
                collectObjects(c.get("additionalProperties"), path + ".*", out);
            }
            if (c.has("patternProperties")) {
                Iterator<Map.Entry<String, JsonNode>> it = c.get("patternProperties").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    collectObjects(e.getValue(), path + "." + e.getKey(), out);
                }
            }
        }
    }

    @Test
    void genericPathsReplaceFreeKeys() {
        assertEquals("baselineRoster.shifts.*.*", generic("baselineRoster.shifts.ana.mon-fri"));
        assertEquals("baselineRoster.shifts.*.^week[0-9]+$.*", generic("baselineRoster.shifts.ana.week2.sat"));
        assertEquals("providers[]", generic("providers[]"));
        assertTrue(keysAt("providers[]").contains("examTimeFactor"));
    }
}
