package org.clinicflow.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
            assertEquals("info", System.getProperty(Logging.TIMEFOLD_LEVEL));
        } finally {
            Logging.configure(false);
        }
        assertEquals("off", System.getProperty(Logging.TIMEFOLD_LEVEL));
    }
}
