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
 * code 1. A stack trace is shown only with {@code --verbose}, and only for internal errors.
 */
final class CliErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
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

    private static boolean isVerbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.originalArgs().contains("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
