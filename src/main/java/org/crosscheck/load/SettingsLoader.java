package org.crosscheck.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Settings;
import org.crosscheck.model.Severity;
import org.crosscheck.model.Thresholds;

/**
 * Reads crosscheck.yaml, strictly: an unknown key is an error with "did you mean", like in facts files.
 *
 * <pre>
 * rules:
 *   SINGLE-SOURCE: {severity: warning}
 *   QUOTE-MISSING-VALUE: {enabled: false}
 * thresholds:
 *   near-miss-days: 45
 *   rate-max-age-days: 31
 *   approx-percent: 10
 * </pre>
 */
public final class SettingsLoader {

    static final Shape FILE = new Shape("settings", List.of(), List.of("rules", "thresholds"));
    static final Shape RULE = new Shape("ruleSettings", List.of(), List.of("severity", "enabled"));
    static final Shape THRESHOLDS = new Shape("thresholds", List.of(),
            List.of("near-miss-days", "rate-max-age-days", "approx-percent"));

    private final YamlReader yaml = new YamlReader();
    /** Settings are a few lines; a file this large is the wrong file. */
    static final long MAX_BYTES = 1 << 20;

    /** The settings in {@code file}, defaults when it does not exist; problems are added to the list. */
    public Settings load(Path file, List<Problem> problems) {
        if (!Files.exists(file)) {
            return Settings.DEFAULT;
        }
        String display = file.toString().replace('\\', '/');
        byte[] bytes;
        try {
            // a device (/dev/zero) or a pipe would be read without end, or wait for ever
            if (!Files.isRegularFile(file)) {
                problems.add(new Problem(Location.ofPath(display), "the settings are not a regular file (a directory, a device or a pipe)",
                        "name a crosscheck.yaml file"));
                return Settings.DEFAULT;
            }
            if (Files.size(file) > MAX_BYTES) {
                problems.add(new Problem(Location.ofPath(display), "the settings file is larger than 1 MB",
                        "settings are a few lines; check that this is the right file"));
                return Settings.DEFAULT;
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new Problem(Location.ofPath(display), "cannot read the settings: " + e.getMessage(), ""));
            return Settings.DEFAULT;
        }
        Optional<YamlNode> root = yaml.read(display, bytes, problems);
        Optional<MapReader> top = root.flatMap(r -> MapReader.of(r, FILE, "crosscheck.yaml", problems));
        if (top.isEmpty()) {
            return Settings.DEFAULT;
        }
        Map<String, Severity> severities = new HashMap<>();
        Set<String> disabled = new HashSet<>();
        Map<String, Location> locations = new HashMap<>();
        top.get().node("rules").ifPresent(node -> {
            if (!(node instanceof YamlNode.Mapping rules)) {
                problems.add(new Problem(node.location(), "'rules' must map rule ids to settings, found " + node.describe(),
                        "for example: rules: {SINGLE-SOURCE: {severity: warning}}"));
                return;
            }
            rules.entries().forEach((id, entry) -> {
                locations.put(id, entry.keyLocation());
                MapReader.of(entry.value(), RULE, "the settings of " + id, problems).ifPresent(rule -> {
                    Severity severity = rule.choice("severity", Severity.class, null);
                    if (severity != null) {
                        severities.put(id, severity);
                    }
                    if (!rule.flag("enabled", true)) {
                        disabled.add(id);
                    }
                });
            });
        });
        Thresholds thresholds = top.get().node("thresholds")
                .flatMap(node -> MapReader.of(node, THRESHOLDS, "'thresholds'", problems))
                .map(t -> new Thresholds(whole(t, "near-miss-days", Thresholds.DEFAULT.nearMissDays(), 3660, problems),
                        whole(t, "rate-max-age-days", Thresholds.DEFAULT.rateMaxAgeDays(), 3660, problems),
                        whole(t, "approx-percent", Thresholds.DEFAULT.approxPercent(), 100, problems)))
                .orElse(Thresholds.DEFAULT);
        return new Settings(severities, disabled, thresholds, locations);
    }

    private static int whole(MapReader reader, String key, int fallback, int max, List<Problem> problems) {
        return reader.text(key).map(text -> {
            try {
                int value = Integer.parseInt(text.text().trim());
                if (value >= 0 && value <= max) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problems.add(new Problem(text.location(), "'" + key + "' must be a whole number from 0 to " + max + ", found '"
                    + text.text() + "'", "for example: " + key + ": " + fallback));
            return fallback;
        }).orElse(fallback);
    }
}
