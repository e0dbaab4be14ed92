package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.clinicflow.scenarios.cli.progress.ProgressDisplay;
import org.clinicflow.scenarios.report.JsonFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options shared by every command that runs replications. */
public final class ExperimentOptions {
    /** {@code --replications auto}: as many as {@code --precision} needs (commands that simulate clinics only). */
    static final int AUTO = -1;

    @Option(names = {"-r", "--replications"}, paramLabel = "N", defaultValue = "20",
            converter = ReplicationCount.class,
            description = "Independent replications (default: ${DEFAULT-VALUE}). simulate, compare and sweep also take"
                    + " 'auto' with --precision.")
    int replications;

    @Option(names = {"-s", "--seed"}, paramLabel = "SEED", defaultValue = "2026",
            description = "Seed of the random streams; the same seed gives the same numbers (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-t", "--threads"}, paramLabel = "T", defaultValue = "0",
            description = "Threads for replications; 0 = one per core. Results do not depend on it (default: all cores).")
    int threads;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Also write the results as JSON to FILE; '-' writes only the JSON, to standard output.")
    Path json;

    void validate(CommandLine cl) {
        if (replications == AUTO) {
            throw new CommandLine.ParameterException(cl, "--replications auto works with simulate, compare and sweep;"
                    + " give a number here");
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

    /** {@code --json -}: standard output carries the JSON alone, for a script to read. */
    boolean jsonToStdout() {
        return json != null && json.toString().equals("-");
    }

    /** Where the text for people goes: standard output, or nowhere when it carries the JSON. */
    PrintWriter console(CommandLine cl) {
        return jsonToStdout() ? new PrintWriter(Writer.nullWriter()) : cl.getOut();
    }

    /** Where progress bars go: nowhere when standard output carries the JSON. */
    ProgressDisplay progress(CommandSpec command) {
        return jsonToStdout() ? ProgressDisplay.QUIET : ClinicFlowCli.progress(command);
    }

    /** Writes the results to the {@code --json} file (atomically) and says so, or prints them for {@code --json -}. */
    void writeJson(CommandLine cl, PrintWriter console, Object results) {
        if (jsonToStdout()) {
            cl.getOut().print(JsonFiles.toJson(results));
            cl.getOut().flush();
        } else {
            JsonFiles.write(json, results);
            console.println("Wrote " + json);
        }
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
