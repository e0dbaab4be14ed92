package org.clinicflow.scenarios.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by every command that runs replications. */
public final class ExperimentOptions {
    @Option(names = {"-r", "--replications"}, paramLabel = "N", defaultValue = "20",
            description = "Independent replications (default: ${DEFAULT-VALUE}).")
    int replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "2026",
            description = "Seed of the random streams; the same seed gives the same numbers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "0",
            description = "Threads for replications; 0 = one per core. Results do not depend on it (default: all cores).")
    int threads;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the results as JSON to FILE.")
    Path json;

    void validate(picocli.CommandLine cl) {
        if (replications < 1) {
            throw new picocli.CommandLine.ParameterException(cl,
                    "--replications must be at least 1, got " + replications);
        }
        if (threads < 0) {
            throw new picocli.CommandLine.ParameterException(cl, "--threads must be 0 (all cores) or more, got " + threads);
        }
    }
}
