package org.clinicflow.scenarios.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.LongPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicflow.scenarios.report.AtomicFiles;

/**
 * The hidden temporary files a crashed run leaves behind: every output is written to a temporary file beside it and
 * then moved into place, so a crash can leave a temporary file but never a half-written output (on Ctrl-C,
 * {@link AtomicFiles} deletes its own). A batch removes those of processes that are gone when it starts, and
 * {@code simulate --out} those of its own files.
 */
public final class LeftoverFiles {
    /** The per-replication parts of patients.csv as earlier versions named them, without their process id. */
    private static final Pattern UNOWNED_PART = Pattern.compile("\\.patients\\.csv\\.rep\\d+\\..+\\.part");

    private LeftoverFiles() {
    }

    /** Removes temporary files under {@code root} whose writing process has ended; returns how many. */
    public static int removeAbandoned(Path root) {
        return remove(root, Integer.MAX_VALUE, f -> true);
    }

    /**
     * Removes, from the folder of each target and not below it, the temporary files of that target or of a piece of it
     * (e.g. patients.csv's per-replication parts, {@link AtomicFiles#startPiece}) whose writing process has ended, and
     * the patients.csv parts of earlier versions, which do not name their process; returns how many. For a command
     * that writes into a folder the user names, which may hold anything else.
     */
    public static int removeAbandonedBeside(Path... targets) {
        int removed = 0;
        for (Path target : targets) {
            Path dir = target.toAbsolutePath().getParent();
            String prefix = "." + target.getFileName() + ".";
            removed += remove(dir, 1, f -> f.getFileName().toString().startsWith(prefix));
            removed += removeUnowned(dir, prefix);
        }
        return removed;
    }

    private static int removeUnowned(Path dir, String prefix) {
        int removed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith(prefix) && UNOWNED_PART.matcher(name).matches() && Files.isRegularFile(f)
                        && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        } catch (IOException | UncheckedIOException e) {
            return removed; // best effort: a hidden leftover is harmless
        }
        return removed;
    }

    private static int remove(Path root, int depth, Predicate<Path> ours) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        long self = ProcessHandle.current().pid();
        LongPredicate ownerGone = pid -> pid != self && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        int removed = 0;
        try (Stream<Path> files = Files.walk(root, depth)) {
            for (Path f : files.filter(Files::isRegularFile).filter(ours).toList()) {
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
