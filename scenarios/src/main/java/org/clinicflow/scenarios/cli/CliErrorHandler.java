package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.clinicflow.scenarios.input.InvalidInputException;
import org.clinicflow.scenarios.input.InvalidInputFileException;
import org.clinicflow.simulator.ModelInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns what a command throws into one clear line on stderr and an exit code: bad input is code 2, a failed run is
 * code 1. A stack trace is shown only with {@code --verbose}, and only for internal errors. Running out of memory is a
 * failed run with advice, never a stack trace (see also {@link ClinicFlowCli#run}, for an error thrown as it is).
 */
final class CliErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return outOfMemory(err);
            }
        }
        if (ex instanceof InvalidInputException || ex instanceof ModelInputException) {
            // An input file may have several problems: one line each.
            ex.getMessage().lines().forEach(line -> err.println("error: " + line));
            if (ex instanceof InvalidInputFileException many && many.problems().size() > 1) {
                err.println(many.problems().size() + " problems; fix them and run again.");
            }
            return ClinicFlowCli.BAD_INPUT;
        }
        if (ex instanceof CommandLine.ParameterException pe) {
            err.println("error: " + pe.getMessage());
            err.println("Try '" + pe.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            return ClinicFlowCli.BAD_INPUT;
        }
        if (ex instanceof UncheckedIOException io) {
            err.println("error: " + io.getMessage());
            return ClinicFlowCli.FAILED;
        }
        err.println("error: the run failed: " + ex);
        if (isVerbose(parsed)) {
            ex.printStackTrace(err);
        } else {
            err.println("Run again with --verbose to see the details, and please report it.");
        }
        return ClinicFlowCli.FAILED;
    }

    /** Says the run ran out of memory and what to do about it; returns the exit code of a failed run. */
    static int outOfMemory(PrintWriter err) {
        err.println("error: ran out of memory: the run needed more than the " + Runtime.getRuntime().maxMemory()
                / (1024 * 1024) + " MB Java may use here.");
        err.println("Run fewer replications at once (--threads 1), fewer or shorter replications, or give Java more"
                + " memory, e.g. CLINICFLOW_JAVA_OPTS=-Xmx8g ./clinicflow ...");
        err.flush();
        return ClinicFlowCli.FAILED;
    }

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.originalArgs().contains("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
