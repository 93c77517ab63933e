package org.crosscheck.model;

import java.util.Map;
import java.util.Optional;

/**
 * The article texts found for the sources, by source id. One fact in the rule session, so a rule
 * looks a claim's text up in constant time instead of joining every claim with every text.
 */
public record SourceTexts(Map<String, String> bySourceId) implements java.io.Serializable {

    public SourceTexts {
        bySourceId = Map.copyOf(bySourceId);
    }

    public static final SourceTexts NONE = new SourceTexts(Map.of());

    public Optional<String> of(String sourceId) {
        return Optional.ofNullable(bySourceId.get(sourceId));
    }

    public int size() {
        return bySourceId.size();
    }
}
