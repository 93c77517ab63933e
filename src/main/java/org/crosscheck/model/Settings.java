package org.crosscheck.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The project policy from crosscheck.yaml: severity per rule id, rules switched off, thresholds.
 *
 * @param ruleLocations where each rule id is mentioned, to report an unknown id at its line
 */
public record Settings(Map<String, Severity> severities, Set<String> disabled, Thresholds thresholds,
        Map<String, Location> ruleLocations) implements java.io.Serializable {

    public static final Settings DEFAULT = new Settings(Map.of(), Set.of(), Thresholds.DEFAULT, Map.of());

    public Settings {
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
        ruleLocations = Map.copyOf(ruleLocations);
    }

    public Optional<Severity> severityOf(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    public boolean isEnabled(String ruleId) {
        return !disabled.contains(ruleId);
    }

    /** The rules with their severity after overrides, switched-off rules left out. */
    public List<RuleInfo> apply(List<RuleInfo> rules) {
        return rules.stream().filter(r -> isEnabled(r.id()))
                .map(r -> new RuleInfo(r.id(), severityOf(r.id()).orElse(r.severity()), r.title(), r.name(), r.file()))
                .toList();
    }
}
