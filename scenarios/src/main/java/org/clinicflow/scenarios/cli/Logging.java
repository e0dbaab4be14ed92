package org.clinicflow.scenarios.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Routes every library's logging through SLF4J (slf4j-simple, to stderr), quiet by default: warnings only, and nothing
 * from Timefold (the commands say what a solve did); info from every library with {@code --verbose}.
 * java.util.logging (used by moneta) is bridged so it follows the same level.
 */
final class Logging {
    /** slf4j-simple's level for Timefold's loggers; a system property overrides simplelogger.properties. */
    static final String TIMEFOLD_LEVEL = "org.slf4j.simpleLogger.log.ai.timefold";

    private Logging() {
    }

    static void configure(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        System.setProperty(TIMEFOLD_LEVEL, verbose ? "info" : "off");
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(verbose ? Level.INFO : Level.WARNING);
    }
}
