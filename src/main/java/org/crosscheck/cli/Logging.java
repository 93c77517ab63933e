package org.crosscheck.cli;

/**
 * Sets slf4j-simple's level before the first logger exists. Drools logs a lot at INFO; users see
 * it only with --debug.
 */
final class Logging {

    private Logging() {
    }

    static void configure(boolean debug) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "error");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
