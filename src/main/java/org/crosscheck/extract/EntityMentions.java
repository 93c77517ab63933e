package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Entity;

/**
 * Finds the corpus's entities in a sentence by their names and aliases, as whole words. A name in
 * capitals ("US", "SGR") must be written so, since "us" is a pronoun; other names match in any case
 * ("major non-NATO ally status"). Curly and straight apostrophes are one. Where two names overlap
 * the longer wins ("President Joe Biden" over "Biden").
 */
public final class EntityMentions {

    private record Name(String entityId, Pattern pattern, int length) {
    }

    private final List<Name> names = new ArrayList<>();

    public EntityMentions(List<Entity> entities) {
        for (Entity entity : entities) {
            add(entity.id(), entity.name());
            entity.aliases().forEach(alias -> add(entity.id(), alias));
        }
        names.sort(Comparator.comparingInt(Name::length).reversed().thenComparing(Name::entityId));
    }

    private void add(String id, String name) {
        String n = apostrophes(name.strip());
        if (n.isEmpty()) {
            return;
        }
        boolean capitals = n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter);
        String regex = "(?<![\\p{L}\\p{N}])" + Pattern.quote(n) + "(?![\\p{L}\\p{N}])";
        names.add(new Name(id, Pattern.compile(regex, capitals ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), n.length()));
    }

    static String apostrophes(String text) {
        return text.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    /** The entities named in {@code sentence}, in order, none overlapping. */
    public List<Mention> find(String sentence) {
        String text = apostrophes(sentence);
        List<Mention> found = new ArrayList<>();
        for (Name name : names) {
            Matcher m = name.pattern().matcher(text);
            while (m.find()) {
                Mention mention = new Mention(name.entityId(), m.start(), m.end());
                if (found.stream().noneMatch(mention::overlaps)) {
                    found.add(mention);
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        return found;
    }
}
