package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Library logging stays off standard error unless --verbose: Timefold says nothing, not even warnings. */
class LoggingTest {
    @Test
    void timefoldIsSilentByDefault() {
        var solverPhase = LoggerFactory.getLogger(
                "ai.timefold.solver.core.impl.constructionheuristic.DefaultConstructionHeuristicPhase");
        assertFalse(solverPhase.isWarnEnabled(), "a Timefold warning would reach standard error");
        assertFalse(solverPhase.isErrorEnabled());
        assertTrue(LoggerFactory.getLogger("org.javamoney.moneta.Money").isWarnEnabled(), "other libraries still warn");
    }

    @Test
    void verboseLetsTimefoldSpeak() {
        try {
            Logging.configure(true);
            // A logger made after the CLI configured logging, as the solver's are in a run.
            var solver = LoggerFactory.getLogger("ai.timefold.solver.core.impl.solver.Verbose" + System.nanoTime());
            assertTrue(solver.isInfoEnabled(), "--verbose shows the solver's log");
        } finally {
            Logging.configure(false);
        }
        var quiet = LoggerFactory.getLogger("ai.timefold.solver.core.impl.solver.Quiet" + System.nanoTime());
        assertFalse(quiet.isWarnEnabled(), "and without it, nothing");
    }
}
