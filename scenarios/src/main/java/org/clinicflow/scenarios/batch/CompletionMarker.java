package org.clinicflow.scenarios.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.clinicflow.scenarios.report.JsonFiles;

/**
 * The file that says a scenario of a batch finished: written last, atomically, after every other file of the
 * scenario, with the fingerprint of what produced them and the scenario's outcome (so a rerun rebuilds the summary
 * without simulating again). No marker, a marker for another fingerprint, or one that cannot be read: run it again.
 */
final class CompletionMarker {
    /** The marker's name in the scenario's folder. */
    static final String FILE = "completed.json";

    /** The marker's content. */
    record Content(String fingerprint, ScenarioOutcome outcome) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CompletionMarker() {
    }

    /**
     * The outcome recorded in {@code dir} if it was made with this fingerprint, finished ok and every file it names
     * under {@code batchDir} is still there.
     */
    static Optional<ScenarioOutcome> read(Path dir, String fingerprint, Path batchDir) {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Content c;
        try {
            c = MAPPER.readValue(file.toFile(), Content.class);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // another version's marker, or edited by hand: run again
        }
        if (c.outcome() == null || !fingerprint.equals(c.fingerprint()) || c.outcome().status() != BatchStatus.OK
                || !c.outcome().files().values().stream().allMatch(f -> Files.isRegularFile(batchDir.resolve(f)))) {
            return Optional.empty();
        }
        return Optional.of(c.outcome().asReused());
    }

    /** Records the scenario as finished; call when every other file is written. */
    static void write(Path dir, String fingerprint, ScenarioOutcome outcome) {
        JsonFiles.write(dir.resolve(FILE), new Content(fingerprint, outcome));
    }

    /** Removes the marker before the scenario's files are written again. */
    static void delete(Path dir) {
        try {
            Files.deleteIfExists(dir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + dir.resolve(FILE) + ": " + e.getMessage(), e);
        }
    }
}
