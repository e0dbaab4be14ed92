package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import org.clinicflow.scenarios.cli.progress.ProgressDisplay;
import org.clinicflow.scenarios.report.JsonFiles;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --json FILE}: the results for scripts, written atomically to FILE, or with {@code --json -} alone on standard
 * output (the text for people and the progress bars are then left out, so a pipe gets JSON and nothing else).
 */
public final class JsonOutput {
    /** The option's help text. */
    static final String DESCRIPTION = "Also write the results as JSON to FILE; '-' writes only the JSON, to standard"
            + " output.";

    @Option(names = "--json", paramLabel = "FILE", description = DESCRIPTION)
    Path file;

    /** For picocli, as a mixin. */
    JsonOutput() {
    }

    /** The behaviour of a {@code --json} option declared elsewhere ({@link ExperimentOptions}). */
    JsonOutput(Path file) {
        this.file = file;
    }

    /** True when {@code --json} was given. */
    boolean requested() {
        return file != null;
    }

    /** {@code --json -}: standard output carries the JSON alone, for a script to read. */
    boolean toStdout() {
        return file != null && file.toString().equals("-");
    }

    /** Where the text for people goes: standard output, or nowhere when it carries the JSON. */
    PrintWriter console(CommandLine cl) {
        return toStdout() ? new PrintWriter(Writer.nullWriter()) : cl.getOut();
    }

    /** Where progress bars go: nowhere when standard output carries the JSON. */
    ProgressDisplay progress(CommandSpec command) {
        return toStdout() ? ProgressDisplay.QUIET : ClinicFlowCli.progress(command);
    }

    /** Writes the results to the file (atomically) and says so on the console, or prints them for {@code -}. */
    void write(CommandLine cl, PrintWriter console, Object results) {
        if (toStdout()) {
            cl.getOut().print(JsonFiles.toJson(results));
            cl.getOut().flush();
        } else {
            JsonFiles.write(file, results);
            console.println("Wrote " + file);
        }
    }
}
