package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RawText;
import org.crosscheck.support.Suggestions;

/** Resolves ids and aliases ("the SGR", "Mombasa-Nairobi Railway") to canonical entity ids. */
public final class EntityIndex {

    private final Map<String, String> byName = new HashMap<>();
    private final TreeSet<String> ids = new TreeSet<>();
    private final List<Problem> problems = new ArrayList<>();

    public EntityIndex(List<Entity> entities) {
        for (Entity entity : entities) {
            ids.add(entity.id());
            register(entity.id(), entity, entity.id());
        }
        for (Entity entity : entities) {
            register(entity.name(), entity, "name '" + entity.name() + "'");
            entity.aliases().forEach(alias -> register(alias, entity, "alias '" + alias + "'"));
        }
    }

    private void register(String name, Entity entity, String what) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        String existing = byName.putIfAbsent(key, entity.id());
        if (existing != null && !existing.equals(entity.id())) {
            problems.add(new Problem(entity.location(), "the " + what + " of '" + entity.id()
                    + "' already names '" + existing + "'", "an alias must name one entity; remove or change it"));
        }
    }

    /** Problems found while building the index (an alias naming two entities). */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public Optional<String> resolve(String name) {
        return Optional.ofNullable(byName.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** The canonical id, or a problem naming the unknown entity with the nearest known one. */
    public Parsed<String> require(RawText name) {
        return resolve(name.text()).<Parsed<String>>map(Parsed::ok).orElseGet(() -> Parsed.failed(
                "unknown entity '" + name.text() + "'",
                Suggestions.closest(name.text(), byName.keySet())
                        .map(c -> "did you mean '" + byName.get(c) + "'? Otherwise add it to entities.yaml")
                        .orElse("add it to entities.yaml with its aliases")));
    }

    public int size() {
        return ids.size();
    }
}
