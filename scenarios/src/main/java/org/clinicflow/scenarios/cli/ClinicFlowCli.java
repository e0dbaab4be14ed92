package org.clinicflow.scenarios.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.clinicflow.scenarios.cli.progress.ProgressDisplay;
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
                BatchCommand.class,
                QueueCommand.class,
                BenchCommand.class,
                CompletionCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {
                "  0  success",
                "  1  the run failed: an internal error, out of memory, or an output file",
                "     could not be written",
                "  2  bad input: fix the option or scenario file the message names",
                "  batch: 2 if a scenario was bad input and none failed, 1 if a run failed"})
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

    @picocli.CommandLine.Option(names = "--no-progress", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "No progress bars (they are drawn on standard error only when it and standard output are"
                    + " a terminal).")
    boolean noProgress;

    /** Where progress bars go in this run; decided by {@link #main} before the command line is parsed. */
    private final ProgressDisplay progress;

    private ClinicFlowCli(ProgressDisplay progress) {
        this.progress = progress;
    }

    public static void main(String[] args) {
        Logging.configure(Arrays.asList(args).contains("--verbose"));
        ProgressDisplay progress = ProgressDisplay.forTerminal(!Arrays.asList(args).contains("--no-progress"));
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true), progress));
    }

    /**
     * Runs the command line with the given output streams and returns the exit code (for tests and embedding); no
     * progress bars.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(args, out, err, ProgressDisplay.QUIET);
    }

    /** As {@link #execute(String[], PrintWriter, PrintWriter)}, with progress shown on {@code progress}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err, ProgressDisplay progress) {
        CommandLine cl = commandLine(progress);
        cl.setOut(out);
        cl.setErr(err);
        int code = run(cl, args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * Executes the command line; picocli hands what a command throws to {@link CliErrorHandler}, but an {@link Error}
     * passes it by, so running out of memory is caught here: a message with advice and exit code 1, no stack trace.
     */
    static int run(CommandLine cl, String... args) {
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            return CliErrorHandler.outOfMemory(cl.getErr());
        }
    }

    /** The command line with its subcommands and error handlers, writing to the standard streams. */
    static CommandLine commandLine(ProgressDisplay progress) {
        CommandLine cl = new CommandLine(new ClinicFlowCli(progress));
        cl.setExecutionExceptionHandler(new CliErrorHandler());
        cl.setParameterExceptionHandler(new CliUsageErrorHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    /** Where a subcommand of this command line shows its progress ({@link ProgressDisplay#QUIET} with --no-progress). */
    static ProgressDisplay progress(CommandSpec command) {
        ClinicFlowCli root = (ClinicFlowCli) command.root().userObject();
        return root.noProgress ? ProgressDisplay.QUIET : root.progress;
    }
}
