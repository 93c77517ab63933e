package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Entity;

/**
 * Finds the corpus's entities in a sentence by their names and aliases, as whole words. A name in
 * capitals ("US", "SGR") must be written so, since "us" is a pronoun; other names match in any case
 * ("major non-NATO ally status"). Curly and straight apostrophes are one. Where two names overlap
 * the longer wins ("President Joe Biden" over "Biden").
 *
 * <p>Names are looked up by their first word, so a sentence costs a lookup per word rather than a
 * scan per name: a corpus of 100,000 claims has ten thousand entities.
 */
public final class EntityMentions {

    private record Name(String entityId, String text, boolean capitals) {
    }

    /** Names by their first word in lower case, longest first. */
    private final Map<String, List<Name>> byFirstWord = new HashMap<>();

    public EntityMentions(List<Entity> entities) {
        for (Entity entity : entities) {
            add(entity.id(), entity.name());
            entity.aliases().forEach(alias -> add(entity.id(), alias));
        }
        Comparator<Name> longestFirst = Comparator.comparingInt((Name n) -> n.text().length()).reversed()
                .thenComparing(Name::entityId);
        byFirstWord.values().forEach(names -> names.sort(longestFirst));
    }

    private void add(String id, String name) {
        String n = apostrophes(name.strip());
        if (n.isEmpty()) {
            return;
        }
        boolean capitals = n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter);
        byFirstWord.computeIfAbsent(firstWord(n, 0), w -> new ArrayList<>()).add(new Name(id, n, capitals));
    }

    static String apostrophes(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** The run of letters and digits at {@code from}, in lower case ("" when it starts with another character). */
    private static String firstWord(String text, int from) {
        int end = from;
        while (end < text.length() && isWordChar(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end).toLowerCase(Locale.ROOT);
    }

    /** The entities named in {@code sentence}, in order, none overlapping. */
    public List<Mention> find(String sentence) {
        String text = apostrophes(sentence);
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            boolean wordStart = i == 0 || !isWordChar(text.charAt(i - 1));
            if (!wordStart) {
                continue;
            }
            List<Name> names = byFirstWord.get(firstWord(text, i));
            if (names == null) {
                continue;
            }
            for (Name name : names) {
                int end = i + name.text().length();
                if (end <= text.length() && text.regionMatches(!name.capitals(), i, name.text(), 0, name.text().length())
                        && (end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(text.charAt(end - 1)))) {
                    found.add(new Mention(name.entityId(), i, end));
                    break;
                }
            }
        }
        // the longest of overlapping names wins, then the earliest
        found.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed().thenComparingInt(Mention::start));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : found) {
            if (kept.stream().noneMatch(m::overlaps)) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
