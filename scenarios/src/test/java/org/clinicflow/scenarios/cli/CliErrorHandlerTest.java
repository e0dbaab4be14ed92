package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Running out of memory, in any command: one message with advice, exit code 1, never a stack trace. */
class CliErrorHandlerTest {

    @Command(name = "hungry")
    static final class Hungry implements Callable<Integer> {
        @CommandLine.Option(names = "--verbose")
        boolean verbose;

        @Override
        public Integer call() {
            throw new OutOfMemoryError("Java heap space");
        }
    }

    /** picocli hands an Error past the execution-exception handler: the command line's top level catches it. */
    @Test
    void anOutOfMemoryErrorFromACommandIsAMessageAndExitCode1() {
        for (String[] args : new String[][] {{}, {"--verbose"}}) {
            StringWriter err = new StringWriter();
            CommandLine cl = new CommandLine(new Hungry());
            cl.setExecutionExceptionHandler(new CliErrorHandler());
            cl.setOut(new PrintWriter(new StringWriter()));
            cl.setErr(new PrintWriter(err, true));
            assertEquals(ClinicFlowCli.FAILED, ClinicFlowCli.run(cl, args));
            assertOutOfMemoryMessage(err.toString());
        }
    }

    /** Wrapped in an exception (as a library may), it reaches the handler: the same message. */
    @Test
    void anOutOfMemoryErrorInsideAnExceptionIsTheSameMessage() {
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new Hungry());
        cl.setErr(new PrintWriter(err, true));
        Exception wrapped = new IllegalStateException("replication 3 failed", new OutOfMemoryError("Java heap space"));
        assertEquals(ClinicFlowCli.FAILED, new CliErrorHandler().handleExecutionException(wrapped, cl,
                cl.parseArgs("--verbose")));
        assertOutOfMemoryMessage(err.toString());
    }

    private static void assertOutOfMemoryMessage(String err) {
        assertTrue(err.startsWith("error: ran out of memory"), err);
        assertTrue(err.contains("--threads 1") && err.contains("-Xmx"), "advice: " + err);
        assertFalse(err.contains("\tat ") || err.contains("OutOfMemoryError"), "no stack trace: " + err);
        assertEquals(2, err.lines().count(), err);
    }
}
