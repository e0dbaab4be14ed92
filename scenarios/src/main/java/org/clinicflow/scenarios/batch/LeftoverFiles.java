package org.clinicflow.scenarios.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.LongPredicate;
import java.util.stream.Stream;
import org.clinicflow.scenarios.report.AtomicFiles;

/**
 * The hidden temporary files a crashed run leaves behind: every output is written to a temporary file beside it and
 * then moved into place, so a crash can leave a temporary file but never a half-written output (on Ctrl-C,
 * {@link AtomicFiles} deletes its own). A batch removes those of processes that are gone when it starts.
 */
public final class LeftoverFiles {
    private LeftoverFiles() {
    }

    /** Removes temporary files under {@code root} whose writing process has ended; returns how many. */
    public static int removeAbandoned(Path root) {
        long self = ProcessHandle.current().pid();
        return remove(root, pid -> pid != self && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
    }

    private static int remove(Path root, LongPredicate ownerGone) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                OptionalLong owner = AtomicFiles.temporaryOwner(f);
                if (owner.isPresent() && ownerGone.test(owner.getAsLong()) && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        } catch (NoSuchFileException e) {
            return removed; // a folder went away while walking: nothing of it to remove
        } catch (IOException e) {
            throw new UncheckedIOException("cannot tidy " + root + ": " + e.getMessage(), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return removed;
            }
            throw e;
        }
        return removed;
    }
}
