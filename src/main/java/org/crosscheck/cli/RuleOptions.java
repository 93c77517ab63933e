package org.crosscheck.cli;

import java.nio.file.Path;
import org.crosscheck.pipeline.CheckPipeline;
import picocli.CommandLine.Option;

/** Which rules, with which settings: shared by every command that builds the rules. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Directory of *.drl rule files (default: rules/ when it exists, else the rules bundled with crosscheck).")
    Path rules;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Project settings: severity per rule, rules switched off, thresholds (default: crosscheck.yaml "
                    + "when it exists, else the defaults; a FILE given here must exist).")
    Path config;

    /** The settings file: the one --config names, which must exist, else crosscheck.yaml (which may not). */
    Path config() {
        if (config == null) {
            return Path.of("crosscheck.yaml");
        }
        if (!java.nio.file.Files.exists(config)) {
            throw new UsageError("--config " + config + ": file not found (check the path, or leave --config out to use "
                    + "crosscheck.yaml when it exists)");
        }
        return config;
    }

    /** The rules directory: the one --rules names, else rules/ when there is one, else the bundled rules. */
    Path rules() {
        if (rules != null) {
            return rules;
        }
        Path here = Path.of("rules");
        if (java.nio.file.Files.isDirectory(here)) {
            return here;
        }
        try {
            return org.crosscheck.pipeline.BundledRules.directory().orElse(here);
        } catch (java.io.IOException e) {
            throw new UsageError("no rules/ directory here, and the bundled rules cannot be copied out ("
                    + e.getMessage() + "); pass --rules DIR");
        }
    }

    @Option(names = "--rules-cache", paramLabel = "DIR", defaultValue = "${env:CROSSCHECK_RULES_CACHE}",
            description = "Keep compiled rules in DIR between runs, under a hash of the rule files, so an unchanged rule set "
                    + "loads instead of compiling (default: $CROSSCHECK_RULES_CACHE, which the crosscheck launcher sets to "
                    + "target/rules-cache; without either, rules are compiled on every run).")
    Path rulesCache;

    @Option(names = "--debug", description = "Show rule-engine logging and stack traces.")
    boolean debug;

    /** A pipeline that keeps compiled rules where these options say. */
    CheckPipeline pipeline() {
        return pipeline(null);
    }

    /** A pipeline that keeps compiled rules where these options say, and parsed facts in {@code factsCache} (or null). */
    CheckPipeline pipeline(Path factsCache) {
        return new CheckPipeline(orNull(rulesCache), orNull(factsCache));
    }

    /** An option taken from an unset environment variable is blank: no directory. */
    static Path orNull(Path dir) {
        return dir == null || dir.toString().isBlank() ? null : dir;
    }
}
