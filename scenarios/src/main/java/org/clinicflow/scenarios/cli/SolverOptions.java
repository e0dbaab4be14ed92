package org.clinicflow.scenarios.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicflow.optimizer.solver.OptimizerSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * How long the roster solver improves its first complete roster (which it always builds whole): a time limit and a
 * limit on time without improvement, or, for repeatable results, a number of evaluated moves ({@code --moves N}, or
 * {@code --reproducible} for the default count); and the price of a patient-minute of waiting.
 */
public final class SolverOptions {
    /**
     * Moves of {@code --reproducible} per week of roster: a one-week roster of a built-in clinic settles well within
     * it (the proof tests' rosters beat the baseline at 20,000), and positions grow with the weeks.
     */
    static final long REPRODUCIBLE_MOVES_PER_WEEK = 100_000;

    @Option(names = "--time-limit", paramLabel = "DURATION", defaultValue = "30s", converter = DurationText.class,
            description = "Improve the roster for this long once the first complete roster is built (building it is"
                    + " never cut short), e.g. 30s, 2m, 1m30s (default: ${DEFAULT-VALUE}).")
    Duration timeLimit;

    @Option(names = "--unimproved-limit", paramLabel = "DURATION", defaultValue = "10s",
            converter = DurationText.class,
            description = "Stop improving when the best roster has not improved for this long (default:"
                    + " ${DEFAULT-VALUE}).")
    Duration unimprovedLimit;

    @Option(names = "--moves", paramLabel = "N",
            description = "Stop after N evaluated moves in all instead of on time; the first complete roster is"
                    + " built whole even if that takes more. The same seed then gives the same roster on any machine.")
    Long moves;

    @Option(names = "--reproducible",
            description = "Same as --moves " + REPRODUCIBLE_MOVES_PER_WEEK + " per week of roster (give one or the"
                    + " other).")
    boolean reproducible;

    @Option(names = "--waiting-price", paramLabel = "CENTS",
            description = "Price of one patient-minute of waiting in cents (default: 34, a minute of MA work at the"
                    + " US median wage).")
    Double waitingPrice;

    /** The settings for a roster of {@code weeks} weeks, with {@code seed} as the solver's random seed. */
    OptimizerSettings settings(CommandLine cl, long seed, int weeks) {
        if (moves != null && reproducible) {
            throw new CommandLine.ParameterException(cl, "--moves and --reproducible are alternatives (--reproducible"
                    + " is --moves " + REPRODUCIBLE_MOVES_PER_WEEK + " per week of roster); give one of them");
        }
        if ((moves != null || reproducible) && (cl.getParseResult().hasMatchedOption("--time-limit")
                || cl.getParseResult().hasMatchedOption("--unimproved-limit"))) {
            throw new CommandLine.ParameterException(cl, "--time-limit and --unimproved-limit stop the solver on time,"
                    + " --moves and --reproducible on a count of moves; give limits of one kind");
        }
        if (moves != null && moves < 1) {
            throw new CommandLine.ParameterException(cl, "--moves must be at least 1, got " + moves);
        }
        if (timeLimit.isZero() || timeLimit.isNegative() || unimprovedLimit.isZero() || unimprovedLimit.isNegative()) {
            throw new CommandLine.ParameterException(cl, "--time-limit and --unimproved-limit must be longer than 0");
        }
        if (waitingPrice != null && !(waitingPrice >= 0 && Double.isFinite(waitingPrice))) {
            throw new CommandLine.ParameterException(cl, "--waiting-price must be 0 or more cents, got "
                    + waitingPrice);
        }
        OptimizerSettings s = OptimizerSettings.defaults().withRandomSeed(seed)
                .withLimits(timeLimit, unimprovedLimit.compareTo(timeLimit) > 0 ? timeLimit : unimprovedLimit);
        if (waitingPrice != null) {
            s = s.withPrices(s.prices().withWaitingCents(waitingPrice));
        }
        Long limit = moves != null ? moves : reproducible ? Long.valueOf(REPRODUCIBLE_MOVES_PER_WEEK * weeks) : null;
        return limit == null ? s : s.withMoveCountLimit(limit);
    }

    /**
     * "improve the first complete roster for up to 30 s, stop after 10 s without improvement" or "stop after 100,000
     * moves (repeatable)".
     */
    static String describe(OptimizerSettings s) {
        return s.moveCountLimit() != null
                ? String.format(Locale.US, "stop after %,d moves (repeatable)", s.moveCountLimit())
                : "improve the first complete roster for up to " + seconds(s.timeLimit()) + ", stop after "
                        + seconds(s.unimprovedTimeLimit()) + " without improvement";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() / 1000.0 + " s";
    }

    /** Reads 30s, 2m, 1m30s, 1h, 500ms, a bare number of seconds, or ISO-8601 (PT30S). */
    static final class DurationText implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern PARTS = Pattern.compile("(\\d+)(ms|h|m|s)");

        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            if (v.matches("\\d+")) {
                return Duration.ofSeconds(Long.parseLong(v));
            }
            if (v.startsWith("pt")) {
                try {
                    return Duration.parse(v.toUpperCase(Locale.ROOT));
                } catch (java.time.format.DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not a duration");
                }
            }
            Matcher m = PARTS.matcher(v);
            Duration total = Duration.ZERO;
            int end = 0;
            while (m.find() && m.start() == end) {
                long n = Long.parseLong(m.group(1));
                total = total.plus(switch (m.group(2)) {
                    case "h" -> Duration.ofHours(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "s" -> Duration.ofSeconds(n);
                    default -> Duration.ofMillis(n);
                });
                end = m.end();
            }
            if (end == 0 || end != v.length()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a duration; write e.g. 30s, 2m,"
                        + " 1m30s or 500ms");
            }
            return total;
        }
    }
}
