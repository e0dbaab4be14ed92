package org.clinicflow.scenarios.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** The scenarios shipped in the jar, by name (one YAML file each under {@code /scenarios/}). */
public final class ScenarioLibrary {
    private static final List<String> NAMES = List.of("family-medicine", "internal-medicine", "pediatrics",
            "dermatology", "orthopedics", "obgyn", "cardiology", "urgent-care", "multi-specialty", "plain-queue-mmc");

    private ScenarioLibrary() {
    }

    /** The built-in scenario names, primary care first and the plain queue last. */
    public static List<String> names() {
        return NAMES;
    }

    /** The resource path of a built-in ({@code /scenarios/NAME.yaml}). */
    public static String resource(String name) {
        return "/scenarios/" + name + ".yaml";
    }

    /** The YAML text of built-in {@code name}, if there is one. */
    public static Optional<String> text(String name) {
        if (!NAMES.contains(name)) {
            return Optional.empty();
        }
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(resource(name))) {
            if (in == null) {
                throw new IllegalStateException("built-in scenario " + name + " is missing from the jar");
            }
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in scenario " + name, e);
        }
    }
}
