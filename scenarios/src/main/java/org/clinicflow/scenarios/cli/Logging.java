package org.clinicflow.scenarios.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Routes every library's logging through SLF4J (slf4j-simple, to stderr), quiet by default: warnings only, info with
 * {@code --verbose}. java.util.logging (used by moneta) is bridged so it follows the same level.
 */
final class Logging {
    private Logging() {
    }

    static void configure(boolean verbose) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        LogManager.getLogManager().reset();
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        java.util.logging.Logger.getLogger("").setLevel(verbose ? Level.INFO : Level.WARNING);
    }
}
