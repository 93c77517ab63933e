package org.crosscheck.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.model.FailOn;

/**
 * What to check and by which policy. Start from {@link #of} and change what differs with the
 * {@code with…} methods.
 *
 * @param settings the settings file; defaults apply when it does not exist
 * @param texts    directory of article texts for quote checks; null when quotes are not checked against texts
 * @param draft    a draft source file: only findings involving it are reported; null for a full check
 * @param baseline a baseline file: findings in it do not fail the run; null for none
 * @param today    the day waivers expire against; null means the system clock's date (UTC)
 */
public record CheckRequest(Path facts, Path rules, Path settings, Path texts, Path draft, Path baseline,
        LocalDate today, FailOn failOn) {

    /** The default place of the settings file. */
    public static final Path DEFAULT_SETTINGS = Path.of("crosscheck.yaml");

    public static CheckRequest of(Path facts, Path rules) {
        return new CheckRequest(facts, rules, DEFAULT_SETTINGS, null, null, null, null, FailOn.DEFAULT);
    }

    public CheckRequest withSettings(Path file) {
        return new CheckRequest(facts, rules, file, texts, draft, baseline, today, failOn);
    }

    public CheckRequest withTexts(Path dir) {
        return new CheckRequest(facts, rules, settings, dir, draft, baseline, today, failOn);
    }

    public CheckRequest withDraft(Path file) {
        return new CheckRequest(facts, rules, settings, texts, file, baseline, today, failOn);
    }

    public CheckRequest withBaseline(Path file) {
        return new CheckRequest(facts, rules, settings, texts, draft, file, today, failOn);
    }

    public CheckRequest withToday(LocalDate day) {
        return new CheckRequest(facts, rules, settings, texts, draft, baseline, day, failOn);
    }

    public CheckRequest withFailOn(FailOn policy) {
        return new CheckRequest(facts, rules, settings, texts, draft, baseline, today, policy);
    }
}
