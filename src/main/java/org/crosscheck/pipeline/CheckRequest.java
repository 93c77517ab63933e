package org.crosscheck.pipeline;

import java.nio.file.Path;
import org.crosscheck.model.FailOn;

/**
 * What to check and by which policy.
 *
 * @param texts directory of article texts for quote checks; null when quotes are not checked against texts
 */
public record CheckRequest(Path facts, Path rules, Path texts, Path settings, FailOn failOn) {

    /** The default place of the settings file; a missing file means the defaults. */
    public static final Path DEFAULT_SETTINGS = Path.of("crosscheck.yaml");

    public CheckRequest(Path facts, Path rules, FailOn failOn) {
        this(facts, rules, null, DEFAULT_SETTINGS, failOn);
    }

    public CheckRequest(Path facts, Path rules, Path texts, FailOn failOn) {
        this(facts, rules, texts, DEFAULT_SETTINGS, failOn);
    }
}
