package org.crosscheck.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RawText;
import org.crosscheck.support.Suggestions;

/** Resolves ids and aliases ("the SGR", "Mombasa-Nairobi Railway") to canonical entity ids. */
public final class EntityIndex {

    private final Map<String, String> byName = new HashMap<>();
    private final TreeSet<String> ids = new TreeSet<>();
    private final List<Problem> problems = new ArrayList<>();
    /** Where names are looked up: {@link #byName}, or an index built elsewhere ({@link #lookingUp}). */
    private final Function<String, String> lookup;
    private final Supplier<Set<String>> allNames;
    private final int size;

    public EntityIndex(List<Entity> entities) {
        this.lookup = byName::get;
        this.allNames = byName::keySet;
        for (Entity entity : entities) {
            ids.add(entity.id());
            register(entity.id(), entity, entity.id());
        }
        for (Entity entity : entities) {
            register(entity.name(), entity, "name '" + entity.name() + "'");
            entity.aliases().forEach(alias -> register(alias, entity, "alias '" + alias + "'"));
        }
        this.size = ids.size();
    }

    private EntityIndex(Function<String, String> lookup, Supplier<Set<String>> allNames, int size) {
        this.lookup = lookup;
        this.allNames = allNames;
        this.size = size;
    }

    /**
     * An index built elsewhere and found without a problem (the store's, at a million claims too
     * large to build for a check of a few keys): {@code lookup} gives a name's entity id (the name
     * trimmed and in lower case, as {@link #names} keys it) or null, {@code allNames} every name, read
     * only to suggest one for an unknown entity. It answers exactly as this class built from the
     * same entities would.
     */
    public static EntityIndex lookingUp(Function<String, String> lookup, Supplier<Set<String>> allNames, int size) {
        return new EntityIndex(lookup, allNames, size);
    }

    /** Every name (id, name, alias; trimmed, lower case) with the entity id it resolves to. */
    public Map<String, String> names() {
        return Map.copyOf(byName);
    }

    private void register(String name, Entity entity, String what) {
        mixedScripts(name).ifPresent(mix -> problems.add(new Problem(entity.location(), "the " + what + " of '" + entity.id()
                + "' mixes " + mix + ", so it looks like a name it is not",
                "type the name again in one script; a look-alike letter sends claims to the wrong entity")));
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
        return Optional.ofNullable(lookup.apply(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** The canonical id, or a problem naming the unknown entity with the nearest known one. */
    public Parsed<String> require(RawText name) {
        return resolve(name.text()).<Parsed<String>>map(Parsed::ok).orElseGet(() -> Parsed.failed(
                "unknown entity '" + org.crosscheck.support.Ascii.shortened(name.text()) + "'",
                Suggestions.closest(name.text(), allNames.get())
                        .map(c -> "did you mean '" + lookup.apply(c) + "'? Otherwise add it to entities.yaml")
                        .orElse("add it to entities.yaml with its aliases")));
    }

    public int size() {
        return size;
    }

    /**
     * Which look-alike scripts the name mixes ("Latin and Cyrillic"), if it mixes any: Latin,
     * Cyrillic and Greek share letters that look the same (a Cyrillic 'а' for a Latin 'a'), and a
     * name written with both is almost always a slip or a spoof. A name in one of them beside another
     * script (Latin and Arabic, say) is not reported.
     */
    static Optional<String> mixedScripts(String name) {
        java.util.EnumSet<Character.UnicodeScript> found = java.util.EnumSet.noneOf(Character.UnicodeScript.class);
        name.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(LOOK_ALIKE::contains).forEach(found::add);
        if (found.size() < 2) {
            return Optional.empty();
        }
        Map<Character.UnicodeScript, Integer> counts = new java.util.EnumMap<>(Character.UnicodeScript.class);
        name.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(LOOK_ALIKE::contains).forEach(script -> counts.merge(script, 1, Integer::sum));
        Character.UnicodeScript fewest = counts.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        int position = 0;
        int odd = 0;
        for (int i = 0; i < name.length(); i += Character.charCount(name.codePointAt(i))) {
            position++;
            int c = name.codePointAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) == fewest) {
                odd = c;
                break;
            }
        }
        List<String> names = found.stream().map(EntityIndex::scriptName).toList();
        return Optional.of(String.join(" and ", names) + String.format(Locale.ROOT, " letters (character %d, U+%04X, is %s)",
                position, odd, scriptName(fewest)));
    }

    private static String scriptName(Character.UnicodeScript script) {
        return script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT);
    }

    private static final java.util.Set<Character.UnicodeScript> LOOK_ALIKE = java.util.EnumSet.of(
            Character.UnicodeScript.LATIN, Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK);
}
