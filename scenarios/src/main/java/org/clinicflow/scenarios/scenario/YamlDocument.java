package org.clinicflow.scenarios.scenario;

import java.util.Optional;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML 1.2 (core schema: {@code yes} and {@code 08:00} stay text) into a node tree in which every value keeps
 * its line and column. Malformed YAML becomes an {@link InvalidInputException} at the line and column snakeyaml names.
 */
final class YamlDocument {
    private YamlDocument() {
    }

    /** The root node, or empty for a file with no content. */
    static Optional<Node> parse(String text, String source) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(source)
                .setSchema(new CoreSchema())
                .setAllowDuplicateKeys(true) // duplicates are reported by YamlValue, with the field path
                .setMaxAliasesForCollections(50)
                .build();
        try {
            return new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
            String problem = "not valid YAML: " + e.getProblem()
                    + (e.getContext() != null && !e.getContext().isBlank() ? " (" + e.getContext() + ")" : "");
            throw new InvalidInputException(source, mark.map(m -> m.getLine() + 1).orElse(0),
                    mark.map(m -> m.getColumn() + 1).orElse(0), "", problem);
        } catch (YamlEngineException e) {
            throw new InvalidInputException(source, "", "not valid YAML: " + e.getMessage());
        }
    }
}
