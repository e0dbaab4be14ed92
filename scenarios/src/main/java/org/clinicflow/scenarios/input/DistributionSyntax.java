package org.clinicflow.scenarios.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicflow.simulator.ModelInputException;
import org.clinicflow.simulator.random.Distribution;

/**
 * Reads a duration distribution written the way people say it: {@code exponential(7.5)}, {@code lognormal(7.5, 3)}
 * (mean, SD), {@code gamma(7.5, 0.5)} (mean, CV), {@code normal(4.3, 0.9)} (truncated at 0), {@code triangular(2, 6,
 * 15)}, {@code uniform(2, 6)}, {@code fixed(5)}, {@code empirical(5:2, 7:5, 10:3)} (value:weight). Minutes throughout.
 */
public final class DistributionSyntax {
    /** The forms accepted, for error messages and help. */
    public static final String FORMS = "exponential(mean), lognormal(mean, sd), gamma(mean, cv), normal(mean, sd),"
            + " triangular(min, mode, max), uniform(min, max), fixed(value), empirical(value:weight, ...)";

    private static final Pattern CALL = Pattern.compile("\\s*([A-Za-z]+)\\s*\\((.*)\\)\\s*");

    private DistributionSyntax() {
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
        String kind = m.group(1).toLowerCase(Locale.ROOT);
        String body = m.group(2).trim();
        try {
            if (kind.equals("empirical")) {
                return empirical(body, source, field);
            }
            double[] a = numbers(body, source, field);
            return switch (kind) {
                case "exponential", "exp" -> new Distribution.Exponential(arg(a, 1, kind, source, field)[0]);
                case "lognormal" -> new Distribution.LogNormal(arg(a, 2, kind, source, field)[0], a[1]);
                case "gamma" -> new Distribution.Gamma(arg(a, 2, kind, source, field)[0], a[1]);
                case "normal" -> new Distribution.TruncatedNormal(arg(a, 2, kind, source, field)[0], a[1]);
                case "triangular" -> new Distribution.Triangular(arg(a, 3, kind, source, field)[0], a[1], a[2]);
                case "uniform" -> new Distribution.Uniform(arg(a, 2, kind, source, field)[0], a[1]);
                case "fixed", "constant" -> new Distribution.Fixed(arg(a, 1, kind, source, field)[0]);
                default -> throw new InvalidInputException(source, field,
                        "unknown distribution '" + m.group(1) + "'; write one of " + FORMS);
            };
        } catch (ModelInputException e) {
            throw new InvalidInputException(source, field, e.getMessage());
        }
    }

    private static double[] arg(double[] a, int expected, String kind, String source, String field) {
        if (a.length != expected) {
            throw new InvalidInputException(source, field,
                    kind + " takes " + expected + " number" + (expected == 1 ? "" : "s") + ", got " + a.length
                            + "; write one of " + FORMS);
        }
        return a;
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

    private static Distribution empirical(String body, String source, String field) {
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
        return new Distribution.Empirical(values, weights);
    }

    private static double number(String s, String source, String field) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source, field, "'" + s.trim() + "' is not a number");
        }
    }
}
