package org.crosscheck.cli;

/**
 * Sets slf4j-simple's level before the first logger exists. Drools logs its own view of problems
 * that crosscheck already reports with file:line:column, so its logging shows only with --debug.
 */
final class Logging {

    private Logging() {
    }

    static void configure(boolean debug) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", debug ? "debug" : "off");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    }
}
