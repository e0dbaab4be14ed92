package org.clinicflow.scenarios.scenario;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.input.InvalidInputFileException;
import org.clinicflow.simulator.clinic.Clinic;

/**
 * Loads scenarios for the commands: {@link #load(String)} takes a file path or the name of a built-in. Every problem
 * is an {@link InvalidInputException} (an {@link InvalidInputFileException} listing all of them when the file was
 * readable YAML), naming the file, line, column, field and what is allowed.
 */
public final class ScenarioLoader {
    private ScenarioLoader() {
    }

    /** A scenario file if {@code fileOrName} names one that exists, else the built-in of that name. */
    public static LoadedScenario load(String fileOrName) {
        return load(fileOrName, List.of());
    }

    /**
     * As {@link #load(String)}, with {@code overrides} applied to the YAML before it is read: a problem they cause
     * names the override ({@code --set PATH=VALUE}) instead of a line of the file.
     */
    public static LoadedScenario load(String fileOrName, List<ScenarioOverride> overrides) {
        Path path = Path.of(fileOrName);
        if (Files.isRegularFile(path)) {
            return loadFile(path, overrides);
        }
        if (ScenarioLibrary.names().contains(fileOrName)) {
            return loadBuiltIn(fileOrName, overrides);
        }
        boolean looksLikePath = fileOrName.contains("/") || fileOrName.contains("\\") || fileOrName.endsWith(".yaml")
                || fileOrName.endsWith(".yml");
        String problem = looksLikePath ? (Files.exists(path) ? "is not a regular file" : "no such file")
                : "no such file, and no built-in scenario of that name"
                        + DidYouMean.hint(fileOrName, ScenarioLibrary.names());
        throw new InvalidInputException(fileOrName, "", problem + "; built-in scenarios: "
                + String.join(", ", ScenarioLibrary.names()) + " (clinicflow scenarios lists them)");
    }

    /** A built-in scenario by name. */
    public static LoadedScenario loadBuiltIn(String name) {
        return loadBuiltIn(name, List.of());
    }

    /** A built-in scenario by name, with overrides. */
    public static LoadedScenario loadBuiltIn(String name, List<ScenarioOverride> overrides) {
        String source = builtInSource(name);
        String text = ScenarioLibrary.text(name).orElseThrow(() -> new InvalidInputException(name, "",
                "no built-in scenario of that name" + DidYouMean.hint(name, ScenarioLibrary.names())
                        + "; built-ins: " + String.join(", ", ScenarioLibrary.names())));
        return new LoadedScenario(ScenarioReader.read(text, source, overrides, null), source);
    }

    /** A scenario file. */
    public static LoadedScenario loadFile(Path file) {
        return loadFile(file, List.of());
    }

    /** A scenario file, with overrides. */
    public static LoadedScenario loadFile(Path file, List<ScenarioOverride> overrides) {
        return new LoadedScenario(ScenarioReader.read(readText(file), file.toString(), overrides, null),
                file.toString());
    }

    /** The text of a scenario file; a file that is not UTF-8 or cannot be read is bad input naming it. */
    public static String readText(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file.toString(), "", "is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw new InvalidInputException(file.toString(), "", "cannot be read: " + e.getMessage());
        }
    }

    /** How messages and reports name a built-in: {@code family-medicine (built-in)}. */
    public static String builtInSource(String name) {
        return name + " (built-in)";
    }

    /** Reads scenario text; {@code source} names it in messages. */
    public static Clinic read(String text, String source) {
        return ScenarioReader.read(text, source, null);
    }

    /** Reads scenario text with overrides applied first. */
    public static Clinic read(String text, String source, List<ScenarioOverride> overrides) {
        return ScenarioReader.read(text, source, overrides, null);
    }
}
