package org.clinicflow.scenarios.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.scenario.DidYouMean;
import org.clinicflow.scenarios.scenario.ScenarioLibrary;

/**
 * The scenarios a batch runs, from its arguments: a directory (its .yaml and .yml files), a file, a glob such as
 * {@code 'clinics/**}{@code /*.yaml'} (quoted, so the shell leaves it to ClinicFlow), {@code builtin:NAME},
 * {@code builtin:all}, or a built-in's bare name. Each scenario is named by its file name without the extension (or
 * the built-in's name), made unique and safe as a folder name; a file given twice runs once.
 */
public final class BatchInputs {
    /** Prefix of built-in scenarios; {@code builtin:all} is every one. */
    public static final String BUILTIN = "builtin:";
    /** Names a scenario cannot take: the batch's own folders. */
    private static final Set<String> RESERVED = Set.of("charts");

    private BatchInputs() {
    }

    /** The scenarios, in the order given (a directory's or a glob's files sorted by path). */
    public static List<BatchInput> resolve(List<String> args) {
        List<BatchInput> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> names = new HashSet<>(RESERVED);
        for (String arg : args) {
            for (Found f : find(arg)) {
                if (seen.add(f.key())) {
                    String name = unique(folderName(f.baseName()), names);
                    out.add(f.file() != null ? BatchInput.file(name, f.file()) : BatchInput.builtIn(name, f.builtIn()));
                }
            }
        }
        return out;
    }

    /** A scenario found: a file or a built-in, and what makes it the same scenario when given twice. */
    private record Found(Path file, String builtIn) {
        String key() {
            return file != null ? file.toAbsolutePath().normalize().toString() : BUILTIN + builtIn;
        }

        String baseName() {
            return file != null ? file.getFileName().toString().replaceFirst("\\.(?i:ya?ml)$", "") : builtIn;
        }
    }

    private static List<Found> find(String arg) {
        if (arg.startsWith(BUILTIN)) {
            String name = arg.substring(BUILTIN.length());
            if (name.equals("all")) {
                return ScenarioLibrary.names().stream().map(n -> new Found(null, n)).toList();
            }
            if (!ScenarioLibrary.names().contains(name)) {
                throw new InvalidInputException(arg, "", "no built-in scenario named '" + name + "'"
                        + DidYouMean.hint(name, ScenarioLibrary.names()) + "; built-ins: builtin:all, "
                        + String.join(", ", ScenarioLibrary.names().stream().map(n -> BUILTIN + n).toList()));
            }
            return List.of(new Found(null, name));
        }
        Path path = Path.of(arg);
        if (Files.isDirectory(path)) {
            List<Found> files = list(path, 1, p -> isYaml(p.getFileName().toString()));
            if (files.isEmpty()) {
                throw new InvalidInputException(arg, "", "is a directory without .yaml or .yml files");
            }
            return files;
        }
        if (Files.isRegularFile(path)) {
            return List.of(new Found(path, null));
        }
        if (isGlob(arg)) {
            List<Found> files = glob(arg);
            if (files.isEmpty()) {
                throw new InvalidInputException(arg, "", "matches no file");
            }
            return files;
        }
        if (ScenarioLibrary.names().contains(arg)) {
            return List.of(new Found(null, arg));
        }
        throw new InvalidInputException(arg, "", "no such file or directory, and no built-in scenario of that name"
                + DidYouMean.hint(arg, ScenarioLibrary.names()) + "; give a directory of .yaml files, a file, a"
                + " quoted glob ('clinics/*.yaml'), builtin:NAME or builtin:all");
    }

    private static boolean isYaml(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static boolean isGlob(String arg) {
        return arg.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
    }

    /** The files a glob matches: the part before its first wildcard's folder is walked, the rest matched. */
    private static List<Found> glob(String pattern) {
        String p = pattern.replace('\\', '/');
        int wildcard = 0;
        while ("*?[{".indexOf(p.charAt(wildcard)) < 0) {
            wildcard++;
        }
        int slash = p.lastIndexOf('/', wildcard);
        Path base = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : p.substring(0, slash));
        String rest = p.substring(slash + 1);
        if (!Files.isDirectory(base.toString().isEmpty() ? Path.of(".") : base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + rest);
        int depth = rest.contains("**") ? Integer.MAX_VALUE : rest.split("/").length;
        return list(base, depth, f -> matcher.matches(base.toString().isEmpty() ? f : base.relativize(f)));
    }

    /** Regular files under {@code dir} (to {@code depth} levels) that {@code keep} accepts, sorted by path. */
    private static List<Found> list(Path dir, int depth, Predicate<Path> keep) {
        Path start = dir.toString().isEmpty() ? Path.of(".") : dir;
        try (Stream<Path> files = Files.walk(start, depth)) {
            return files.filter(Files::isRegularFile)
                    .map(f -> dir.toString().isEmpty() ? start.relativize(f) : f)
                    .filter(keep).sorted().map(f -> new Found(f, null)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + start + ": " + e.getMessage(), e);
        }
    }

    /**
     * Letters (of any script, accents kept), digits, dashes and underscores: safe as a folder name on any system. The
     * name is first composed (NFC), so an accented letter a file system stores decomposed stays one letter.
     */
    static String folderName(String name) {
        String safe = Normalizer.normalize(name, Normalizer.Form.NFC).replaceAll("[^\\p{L}\\p{M}\\p{N}_-]+", "-")
                .replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "scenario" : safe;
    }

    private static String unique(String name, Set<String> taken) {
        String n = name;
        for (int k = 2; !taken.add(n.toLowerCase(Locale.ROOT)); k++) {
            n = name + "-" + k;
        }
        return n;
    }
}
