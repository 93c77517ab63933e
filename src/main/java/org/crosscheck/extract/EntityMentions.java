package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.crosscheck.model.Entity;

/**
 * Finds the corpus's entities in a sentence by their names and aliases, as whole words. A name in
 * capitals ("US", "SGR") must be written so, since "us" is a pronoun; other names match in any case
 * ("major non-NATO ally status"). Curly and straight apostrophes are one. Where two names overlap
 * the longer wins ("President Joe Biden" over "Biden").
 *
 * <p>Names are looked up by their first word, then by their length and their text as written in
 * any case, so a sentence costs a few lookups per word rather than a scan per name. Looking up by
 * the first word alone was not enough: when many names share it ("Subject 1" to "Subject 99999"),
 * each word "subject" scanned them all, and indexing the million-claim corpus's quotes took hours.
 */
public final class EntityMentions {

    private record Name(String entityId, String text, boolean capitals) {
    }

    /**
     * Names by their first word in lower case, then by their length, longest first, then by their
     * text case-folded ({@link #folded}); names of one text in id order. Two names of one length can
     * both match at a place only when their folded texts are equal, so this finds what a scan of
     * the names, longest first, would.
     */
    private final Map<String, NavigableMap<Integer, Map<String, List<Name>>>> byFirstWord = new HashMap<>();

    public EntityMentions(List<Entity> entities) {
        for (Entity entity : entities) {
            add(entity.id(), entity.name());
            entity.aliases().forEach(alias -> add(entity.id(), alias));
        }
        byFirstWord.values().forEach(byLength -> byLength.values()
                .forEach(byText -> byText.values().forEach(names -> names.sort(Comparator.comparing(Name::entityId)))));
    }

    private void add(String id, String name) {
        String n = apostrophes(name.strip());
        if (n.isEmpty()) {
            return;
        }
        boolean capitals = n.equals(n.toUpperCase(Locale.ROOT)) && n.chars().anyMatch(Character::isLetter);
        byFirstWord.computeIfAbsent(firstWord(n, 0), w -> new TreeMap<>(Comparator.reverseOrder()))
                .computeIfAbsent(n.length(), l -> new HashMap<>())
                .computeIfAbsent(folded(n, 0, n.length()), t -> new ArrayList<>()).add(new Name(id, n, capitals));
    }

    /**
     * The text from {@code start} to {@code end} with each character folded as
     * {@link String#regionMatches(boolean, int, String, int, int)} compares them when ignoring case
     * (upper case, then lower case): two regions it finds equal fold to the same text.
     */
    private static String folded(String text, int start, int end) {
        char[] chars = new char[end - start];
        for (int i = start; i < end; i++) {
            chars[i - start] = Character.toLowerCase(Character.toUpperCase(text.charAt(i)));
        }
        return new String(chars);
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
            NavigableMap<Integer, Map<String, List<Name>>> byLength = byFirstWord.get(firstWord(text, i));
            if (byLength != null) {
                Mention longest = longestAt(text, i, byLength);
                if (longest != null) {
                    found.add(longest);
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

    /**
     * The longest name written at {@code start} (of equally long ones, the first entity id); null when
     * none is. The lengths run longest first, so the tail from the text left holds those that fit.
     */
    private static Mention longestAt(String text, int start, NavigableMap<Integer, Map<String, List<Name>>> byLength) {
        for (Map.Entry<Integer, Map<String, List<Name>>> entry : byLength.tailMap(text.length() - start, true).entrySet()) {
            int end = start + entry.getKey();
            List<Name> names = entry.getValue().get(folded(text, start, end));
            if (names == null) {
                continue;
            }
            for (Name name : names) {
                if (text.regionMatches(!name.capitals(), start, name.text(), 0, name.text().length())
                        && (end == text.length() || !isWordChar(text.charAt(end)) || !isWordChar(text.charAt(end - 1)))) {
                    return new Mention(name.entityId(), start, end);
                }
            }
        }
        return null;
    }
}
