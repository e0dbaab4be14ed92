package org.clinicflow.scenarios.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by every command that runs replications. */
public final class ExperimentOptions {
    /** {@code --replications auto}: as many as {@code --precision} needs (commands that simulate clinics only). */
    static final int AUTO = -1;

    @Option(names = {"-r", "--replications"}, paramLabel = "N", defaultValue = "20",
            converter = ReplicationCount.class,
            description = "Independent replications (default: ${DEFAULT-VALUE}). simulate, compare, sweep, report and"
                    + " batch also take 'auto' with --precision.")
    int replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "2026",
            description = "Seed of the random streams; the same seed gives the same numbers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "0",
            description = "Threads for replications; 0 = one per core. Results do not depend on it (default: all cores).")
    int threads;

    @Option(names = "--json", paramLabel = "FILE", description = JsonOutput.DESCRIPTION)
    Path json;

    void validate(CommandLine cl) {
        if (replications == AUTO) {
            throw new CommandLine.ParameterException(cl, "--replications auto works with simulate, compare, sweep,"
                    + " report and batch; give a number here");
        }
        validateFixedOrAuto(cl);
    }

    /** As {@link #validate}, accepting {@code auto}. */
    void validateFixedOrAuto(CommandLine cl) {
        if (replications != AUTO && replications < 1) {
            throw new CommandLine.ParameterException(cl,
                    "--replications must be at least 1 (or auto), got " + replications);
        }
        if (threads < 0) {
            throw new CommandLine.ParameterException(cl, "--threads must be 0 (all cores) or more, got " + threads);
        }
    }

    boolean autoReplications() {
        return replications == AUTO;
    }

    /** What {@code --json} asks for: a file, standard output, or nothing. */
    JsonOutput output() {
        return new JsonOutput(json);
    }

    /** Reads {@code --replications}: a whole number, or {@code auto}. */
    static final class ReplicationCount implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            if (value.trim().equalsIgnoreCase("auto")) {
                return AUTO;
            }
            try {
                return Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number or auto");
            }
        }
    }
}
