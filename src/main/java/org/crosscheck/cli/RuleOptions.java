package org.crosscheck.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Which rules, with which settings: shared by every command that builds the rules. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
            description = "Directory of *.drl rule files (default: ${DEFAULT-VALUE}).")
    Path rules;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "crosscheck.yaml",
            description = "Project settings: severity per rule, rules switched off, thresholds (default: ${DEFAULT-VALUE}; "
                    + "defaults apply when it does not exist).")
    Path config;

    @Option(names = "--debug", description = "Show rule-engine logging and stack traces.")
    boolean debug;
}
