package org.clinicflow.scenarios.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The scenario texts tests check: every built-in, the complete example of the format doc, the alternative forms. */
final class ScenarioFiles {
    static final Path FORMAT_DOC = Path.of("..", "docs", "scenario-format.md");
    static final Path RESOURCES = Path.of("src", "main", "resources");

    private ScenarioFiles() {
    }

    /** Name to YAML text. */
    static Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : ScenarioLibrary.names()) {
            out.put(name, ScenarioLibrary.text(name).orElseThrow());
        }
        out.put("docs/scenario-format.md", docExample());
        out.put("alternative-forms.yaml", read(Path.of("src", "test", "resources", "scenarios",
                "alternative-forms.yaml")));
        return out;
    }

    /** The first yaml block of docs/scenario-format.md: the complete example. */
    static String docExample() {
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(read(FORMAT_DOC));
        if (!m.find()) {
            throw new IllegalStateException("no yaml block in " + FORMAT_DOC);
        }
        return m.group(1);
    }

    static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
