package org.crosscheck.pipeline;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
 * @param changed  pull-request mode: files of the facts directory that changed; only findings involving
 *                 them, and problems in them, are reported (none when it is empty); null for a full check
 */
public record CheckRequest(Path facts, Path rules, Path settings, Path texts, Path draft, Path baseline,
        LocalDate today, FailOn failOn, List<Path> changed) {

    public CheckRequest {
        changed = changed == null ? null : List.copyOf(changed);
    }

    /** The default place of the settings file. */
    public static final Path DEFAULT_SETTINGS = Path.of("crosscheck.yaml");

    public static CheckRequest of(Path facts, Path rules) {
        return new CheckRequest(facts, rules, DEFAULT_SETTINGS, null, null, null, null, FailOn.DEFAULT, null);
    }

    public CheckRequest withSettings(Path file) {
        return new CheckRequest(facts, rules, file, texts, draft, baseline, today, failOn, changed);
    }

    public CheckRequest withTexts(Path dir) {
        return new CheckRequest(facts, rules, settings, dir, draft, baseline, today, failOn, changed);
    }

    public CheckRequest withDraft(Path file) {
        return new CheckRequest(facts, rules, settings, texts, file, baseline, today, failOn, changed);
    }

    public CheckRequest withBaseline(Path file) {
        return new CheckRequest(facts, rules, settings, texts, draft, file, today, failOn, changed);
    }

    public CheckRequest withToday(LocalDate day) {
        return new CheckRequest(facts, rules, settings, texts, draft, baseline, day, failOn, changed);
    }

    public CheckRequest withFailOn(FailOn policy) {
        return new CheckRequest(facts, rules, settings, texts, draft, baseline, today, policy, changed);
    }

    /** Pull-request mode for these files of the facts directory; null checks everything. */
    public CheckRequest withChanged(List<Path> files) {
        return new CheckRequest(facts, rules, settings, texts, draft, baseline, today, failOn, files);
    }
}
