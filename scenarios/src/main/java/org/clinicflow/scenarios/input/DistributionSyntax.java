package org.clinicflow.scenarios.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.random.Distribution;

/**
 * Reads a duration distribution written the way people say it: {@code exponential(7.5)}, {@code lognormal(7.5, 3)}
 * (mean, SD), {@code gamma(7.5, 0.5)} (mean, CV), {@code normal(4.3, 0.9)} (truncated at 0), {@code triangular(2, 6,
 * 15)}, {@code uniform(2, 6)}, {@code fixed(5)}, {@code empirical(5:2, 7:5, 10:3)} (value:weight). Minutes throughout.
 * The same distributions can be built from named parameters ({@link #of}), as scenario files write them in map form.
 */
public final class DistributionSyntax {
    /** The forms accepted, for error messages and help. */
    public static final String FORMS = "exponential(mean), lognormal(mean, sd), gamma(mean, cv), normal(mean, sd),"
            + " triangular(min, mode, max), uniform(min, max), fixed(value), empirical(value:weight, ...)";

    /** Empirical tables are written as values with weights rather than positional numbers. */
    public static final String EMPIRICAL = "empirical";

    private static final Map<String, List<String>> PARAMETERS = new LinkedHashMap<>();

    static {
        PARAMETERS.put("exponential", List.of("mean"));
        PARAMETERS.put("lognormal", List.of("mean", "sd"));
        PARAMETERS.put("gamma", List.of("mean", "cv"));
        PARAMETERS.put("normal", List.of("mean", "sd"));
        PARAMETERS.put("triangular", List.of("min", "mode", "max"));
        PARAMETERS.put("uniform", List.of("min", "max"));
        PARAMETERS.put("fixed", List.of("value"));
        PARAMETERS.put(EMPIRICAL, List.of("values", "weights"));
    }

    private static final Map<String, String> ALIASES = Map.of("exp", "exponential", "constant", "fixed");

    private static final Pattern CALL = Pattern.compile("\\s*([A-Za-z]+)\\s*\\((.*)\\)\\s*");

    private DistributionSyntax() {
    }

    /** The distribution names, canonical spelling, in the order of {@link #FORMS}. */
    public static List<String> kinds() {
        return List.copyOf(PARAMETERS.keySet());
    }

    /** The parameter names of a distribution (canonical name or alias), in the order the compact form takes them. */
    public static Optional<List<String>> parameterNames(String kind) {
        return Optional.ofNullable(PARAMETERS.get(canonical(kind)));
    }

    /**
     * Parses {@code text}; {@code source} and {@code field} say where it came from, for the error message.
     *
     * @throws InvalidInputException naming the source and field, and listing the accepted forms
     */
    public static Distribution parse(String text, String source, String field) {
        Matcher m = CALL.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new InvalidInputException(source, field, "'" + text + "' is not a distribution; write one of " + FORMS);
        }
        String kind = canonical(m.group(1));
        String body = m.group(2).trim();
        if (kind.equals(EMPIRICAL)) {
            return empiricalTable(body, source, field);
        }
        if (!PARAMETERS.containsKey(kind)) {
            throw new InvalidInputException(source, field,
                    "unknown distribution '" + m.group(1) + "'; write one of " + FORMS);
        }
        return of(kind, numbers(body, source, field), source, field);
    }

    /**
     * Builds the distribution {@code kind} from its parameters in the order {@link #parameterNames} gives (not for
     * empirical tables: see {@link #empirical}).
     *
     * @throws InvalidInputException for an unknown kind, a wrong number of parameters or values out of range
     */
    public static Distribution of(String kind, double[] a, String source, String field) {
        String k = canonical(kind);
        List<String> names = PARAMETERS.get(k);
        if (names == null || k.equals(EMPIRICAL)) {
            throw new InvalidInputException(source, field, "unknown distribution '" + kind + "'; write one of " + FORMS);
        }
        if (a.length != names.size()) {
            throw new InvalidInputException(source, field,
                    k + " takes " + names.size() + " number" + (names.size() == 1 ? "" : "s") + " ("
                            + String.join(", ", names) + "), got " + a.length + "; write one of " + FORMS);
        }
        try {
            return switch (k) {
                case "exponential" -> new Distribution.Exponential(a[0]);
                case "lognormal" -> new Distribution.LogNormal(a[0], a[1]);
                case "gamma" -> new Distribution.Gamma(a[0], a[1]);
                case "normal" -> new Distribution.TruncatedNormal(a[0], a[1]);
                case "triangular" -> new Distribution.Triangular(a[0], a[1], a[2]);
                case "uniform" -> new Distribution.Uniform(a[0], a[1]);
                default -> new Distribution.Fixed(a[0]);
            };
        } catch (ModelInputException e) {
            throw new InvalidInputException(source, field, e.getMessage());
        }
    }

    /** An empirical table of values with relative weights. */
    public static Distribution empirical(List<Double> values, List<Double> weights, String source, String field) {
        try {
            return new Distribution.Empirical(values, weights);
        } catch (ModelInputException e) {
            throw new InvalidInputException(source, field, e.getMessage());
        }
    }

    private static String canonical(String kind) {
        String k = kind.toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(k, k);
    }

    private static double[] numbers(String body, String source, String field) {
        if (body.isEmpty()) {
            return new double[0];
        }
        String[] parts = body.split(",");
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = number(parts[i], source, field);
        }
        return out;
    }

    private static Distribution empiricalTable(String body, String source, String field) {
        List<Double> values = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        if (!body.isEmpty()) {
            for (String pair : body.split(",")) {
                String[] vw = pair.split(":");
                if (vw.length != 2) {
                    throw new InvalidInputException(source, field,
                            "empirical entries are value:weight, e.g. empirical(5:2, 7:5), got '" + pair.trim() + "'");
                }
                values.add(number(vw[0], source, field));
                weights.add(number(vw[1], source, field));
            }
        }
        return empirical(values, weights, source, field);
    }

    private static double number(String s, String source, String field) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source, field, "'" + s.trim() + "' is not a number");
        }
    }
}
