package org.clinicflow.scenarios.batch;

import java.nio.file.Path;
import org.clinicflow.scenarios.scenario.ScenarioLibrary;
import org.clinicflow.scenarios.scenario.ScenarioLoader;

/**
 * One scenario of a batch: its name (also the folder of its results), how messages name it (the file path as found,
 * or {@code family-medicine (built-in)}), and where its text is: a file, or a built-in (the other is null).
 */
public record BatchInput(String name, String source, Path file, String builtIn) {
    /** A scenario file. */
    public static BatchInput file(String name, Path file) {
        return new BatchInput(name, file.toString(), file, null);
    }

    /** A built-in scenario. */
    public static BatchInput builtIn(String name, String builtIn) {
        return new BatchInput(name, ScenarioLoader.builtInSource(builtIn), null, builtIn);
    }

    /** The scenario's YAML text; a file that cannot be read is bad input naming it. */
    public String text() {
        if (file != null) {
            return ScenarioLoader.readText(file);
        }
        return ScenarioLibrary.text(builtIn).orElseThrow(() -> new IllegalStateException("no built-in " + builtIn));
    }
}
