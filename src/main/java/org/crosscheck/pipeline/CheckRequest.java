package org.crosscheck.pipeline;

import java.nio.file.Path;
import org.crosscheck.model.FailOn;

/** What to check and by which policy. */
public record CheckRequest(Path facts, Path rules, FailOn failOn) {
}
