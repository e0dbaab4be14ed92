package org.clinicflow.scenarios.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes output files whole or not at all: the content goes to a temporary file beside the target, which is then moved
 * over it, so a crash or a full disk never leaves a half-written report, CSV or roster.
 */
public final class AtomicFiles {
    /** Writes the content to a {@link Writer}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes raw bytes. */
    @FunctionalInterface
    public interface BinaryContent {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void writeString(Path target, String text) {
        write(target, out -> out.write(text));
    }

    public static void write(Path target, Content content) {
        writeBytes(target, out -> {
            Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(w);
            w.flush();
        });
    }

    public static void writeBytes(Path target, BinaryContent content) {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            // createFile (not createTempFile) so the result gets the usual permissions (umask), not owner-only.
            tmp = Files.createFile(dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                    + Thread.currentThread().getId() + "." + System.nanoTime() + ".tmp"));
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and harmless
                }
            }
        }
    }
}
