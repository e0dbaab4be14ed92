package org.clinicflow.scenarios.scenario;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.clinicflow.scenarios.input.DistributionSyntax;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.simulator.random.Distribution;

/**
 * A duration in minutes as a scenario writes it: a number (always that long), the compact form of
 * {@link DistributionSyntax} ({@code lognormal(7.5, 3)}), or a map ({@code {distribution: lognormal, mean: 7.5, sd:
 * 3}}; an empirical table as {@code values} and {@code weights}).
 */
final class DistributionReader {
    static final String FORMS = "a number of minutes, a distribution such as lognormal(7.5, 3), or a map such as"
            + " {distribution: lognormal, mean: 7.5, sd: 3}";

    /** No duration a scenario gives may average more than a day. */
    static final double MAX_MEAN_MINUTES = 1440;

    private DistributionReader() {
    }

    /**
     * The duration of a step that takes someone's time (rooming, provider time, a procedure, admin work, front-desk
     * steps, room turnover): one that is always 0 minutes is rejected. Null when absent or invalid (reported).
     */
    static Distribution work(YamlValue v) {
        Distribution d = read(v);
        if (d != null && !(d.mean() > 0)) {
            v.problem("is always 0 minutes, but this step takes time: give a duration above 0 (only punctuality's"
                    + " earlyBy and lateBy and walk-in patience may be 0)");
            return null;
        }
        return d;
    }

    /**
     * A duration that may be 0 minutes (minutes early or late, patience), at most {@link #MAX_MEAN_MINUTES} on
     * average; null when absent or invalid (reported).
     */
    static Distribution read(YamlValue v) {
        Distribution d = parse(v);
        if (d != null && d.mean() > MAX_MEAN_MINUTES) {
            v.problem("averages " + YamlValue.fmt(Math.round(d.mean())) + " minutes; a duration may average at most "
                    + YamlValue.fmt(MAX_MEAN_MINUTES) + " minutes (a day)");
            return null;
        }
        return d;
    }

    private static Distribution parse(YamlValue v) {
        if (!v.present()) {
            return null;
        }
        if (v.isMap()) {
            return fromMap(v);
        }
        if (v.isNumber()) {
            double value = v.nonNegative(Double.NaN);
            return Double.isNaN(value) ? null : new Distribution.Fixed(value);
        }
        String text = v.text(null);
        if (text == null) {
            return null;
        }
        if (text.contains("(") && !text.contains(")")) {
            v.problem("'" + text + "' is cut off at a comma: inside {...} or [...] a comma ends the value, so put the"
                    + " distribution in quotes, e.g. \"lognormal(4, 2)\"");
            return null;
        }
        try {
            return DistributionSyntax.parse(text, "", v.path());
        } catch (InvalidInputException e) {
            v.problem(e.problem() + (e.problem().contains(DistributionSyntax.FORMS) ? "" : "; write " + FORMS));
            return null;
        }
    }

    private static Distribution fromMap(YamlValue v) {
        String kind = v.get("distribution").required().oneOf(DistributionSyntax.kinds(), null);
        Optional<List<String>> names = kind == null ? Optional.empty() : DistributionSyntax.parameterNames(kind);
        if (names.isEmpty()) {
            return null;
        }
        Set<String> keys = new LinkedHashSet<>();
        keys.add("distribution");
        keys.addAll(names.get());
        v.variantFields(keys);
        try {
            if (kind.equals(DistributionSyntax.EMPIRICAL)) {
                List<Double> values = numbers(v.get("values").required());
                List<Double> weights = numbers(v.get("weights").required());
                return values.isEmpty() ? null : DistributionSyntax.empirical(values, weights, "", v.path());
            }
            double[] args = new double[names.get().size()];
            boolean complete = true;
            for (int i = 0; i < args.length; i++) {
                YamlValue p = v.get(names.get().get(i)).required();
                args[i] = p.number(Double.NaN);
                complete &= !Double.isNaN(args[i]);
            }
            return complete ? DistributionSyntax.of(kind, args, "", v.path()) : null;
        } catch (InvalidInputException e) {
            v.problem(e.problem());
            return null;
        }
    }

    private static List<Double> numbers(YamlValue list) {
        List<Double> out = new ArrayList<>();
        for (YamlValue item : list.items()) {
            out.add(item.number(0));
        }
        return out;
    }
}
