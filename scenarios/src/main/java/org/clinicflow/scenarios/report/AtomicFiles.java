package org.clinicflow.scenarios.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes output files whole or not at all: the content goes to a temporary file beside the target, which is then moved
 * over it, so a crash or a full disk never leaves a half-written report, CSV or roster. When the program is stopped
 * (Ctrl-C), a shutdown hook deletes the temporary files being written and no new one is started; after a crash that
 * runs no hook, {@link #temporaryOwner} tells a leftover and the process that wrote it.
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

    /** The temporary file's name: hidden, the target's name, the writing process and thread, a clock reading. */
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.(\\d+)\\.\\d+\\.-?\\d+\\.tmp");

    /** Guards {@link #stopping} and the start of every temporary file. */
    private static final Object LOCK = new Object();
    /** The temporary files being written now. */
    private static final Set<Path> WRITING = ConcurrentHashMap.newKeySet();
    private static boolean stopping;
    private static boolean hooked;

    private AtomicFiles() {
    }

    /**
     * The process id that is writing (or was, when it was interrupted) {@code file}, if it is one of the temporary
     * files this class writes beside a target; a leftover of a process that is gone can be deleted.
     */
    public static OptionalLong temporaryOwner(Path file) {
        Matcher m = TEMPORARY.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(m.group(1)));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
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
            tmp = startTemporary(dir, target);
            try (java.io.OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            WRITING.remove(tmp);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + reason(target, e), e);
        } finally {
            if (tmp != null) {
                delete(tmp);
            }
        }
    }

    /**
     * A temporary file for a piece of {@code target} that is joined into it later (e.g. {@code rep3}, a replication's
     * part of patients.csv), beside it and named as the other temporary files: Ctrl-C deletes it, and a later run can
     * tell a leftover by its {@link #temporaryOwner}. The caller removes it with {@link #discard}.
     */
    public static Path startPiece(Path target, String piece) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        return startTemporary(dir, dir.resolve(target.getFileName() + "." + piece));
    }

    /** Deletes a temporary file of {@link #startPiece} (best effort). */
    public static void discard(Path temporary) {
        delete(temporary);
    }

    /**
     * Why {@code target} could not be written, in words: a folder on its path that is a file says so (the file
     * system's own words are a bare path or "Not a directory"), else the exception's message.
     */
    public static String reason(Path target, IOException e) {
        for (Path p = target.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    return p + " is a file, not a directory";
                }
                break;
            }
        }
        if (Files.isDirectory(target)) {
            return target + " is a directory, not a file";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f && f.getFile() != null
                && Files.exists(Path.of(f.getFile())) && !Files.isDirectory(Path.of(f.getFile()))) {
            return f.getFile() + " is a file, not a directory"; // from creating the folders
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return e.getMessage();
    }

    /**
     * Creates the temporary file for {@code target} and registers it, unless the program is stopping; the first one
     * installs the hook that deletes them on Ctrl-C.
     */
    private static Path startTemporary(Path dir, Path target) throws IOException {
        synchronized (LOCK) {
            if (stopping) {
                throw new IOException("the program is stopping");
            }
            if (!hooked) {
                Runtime.getRuntime().addShutdownHook(new Thread(AtomicFiles::abandonAll, "clinicflow-atomic-files"));
                hooked = true;
            }
            // createFile (not createTempFile) so the result gets the usual permissions (umask), not owner-only.
            Path tmp = Files.createFile(dir.resolve("." + target.getFileName() + "." + ProcessHandle.current().pid()
                    + "." + Thread.currentThread().getId() + "." + System.nanoTime() + ".tmp"));
            WRITING.add(tmp);
            return tmp;
        }
    }

    /** The shutdown hook: no new temporary files, and those being written are deleted (their targets stay as were). */
    private static void abandonAll() {
        synchronized (LOCK) {
            stopping = true;
        }
        WRITING.forEach(AtomicFiles::delete);
    }

    private static void delete(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // best effort: the temporary file is hidden and harmless, and a later batch removes it
        }
        WRITING.remove(tmp);
    }
}
