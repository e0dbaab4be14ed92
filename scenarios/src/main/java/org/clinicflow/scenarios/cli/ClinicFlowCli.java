package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code clinicflow} command: entry point, subcommands and exit codes. */
@Command(name = "clinicflow",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
                "Clinic-operations simulator and medical-assistant staffing optimizer.",
                "Simulates patient flow in outpatient clinics and finds MA rosters that cut waiting and overtime."},
        subcommands = {
                DemoCommand.class,
                ScenariosCommand.class,
                ValidateCommand.class,
                SimulateCommand.class,
                CompareCommand.class,
                SweepCommand.class,
                ReportCommand.class,
                OptimizeCommand.class,
                CoverCommand.class,
                QueueCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0  success",
                "  1  the run failed (internal error, or an output file could not be written)",
                "  2  bad input: an option or a scenario file needs fixing (the message says where)"})
public final class ClinicFlowCli implements Callable<Integer> {
    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code when the run itself failed. */
    public static final int FAILED = 1;
    /** Exit code for input the user must fix. */
    public static final int BAD_INPUT = 2;

    @Spec
    private CommandSpec spec;

    @picocli.CommandLine.Option(names = "--verbose", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Show library log messages, and the stack trace if the run fails.")
    boolean verbose;

    public static void main(String[] args) {
        Logging.configure(Arrays.asList(args).contains("--verbose"));
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams and returns the exit code (for tests and embedding). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new ClinicFlowCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new CliErrorHandler());
        cl.setParameterExceptionHandler(new CliUsageErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }
}
