package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.Location;
import org.junit.jupiter.api.Test;

class EntityMentionsTest {

    private static final Location AT = new Location("entities.yaml", 1, 1);
    private final EntityMentions mentions = new EntityMentions(List.of(
            new Entity("united-states", EntityType.PLACE, "United States", List.of("US", "U.S."), AT),
            new Entity("joe-biden", EntityType.PERSON, "Joe Biden", List.of("Biden", "President Joe Biden"), AT),
            new Entity("kenya-mnna-designation", EntityType.STATUS, "MNNA designation", List.of("major non-NATO ally status"), AT)));

    private List<String> ids(String sentence) {
        return mentions.find(sentence).stream().map(Mention::entityId).toList();
    }

    @Test
    void capitalisedNamesMatchOnlyInCapitals() {
        assertThat(ids("The US told us so.")).containsExactly("united-states");
        assertThat(ids("Join us.")).isEmpty();
    }

    @Test
    void otherNamesMatchInAnyCaseAndAsWholeWords() {
        assertThat(ids("Kenya gets Major Non-NATO Ally status.")).containsExactly("kenya-mnna-designation");
        assertThat(ids("Bidenomics")).isEmpty();
    }

    @Test
    void theLongerNameWinsAndApostrophesAreOne() {
        List<Mention> found = mentions.find("President Joe Biden’s visit to the U.S.");
        assertThat(found).extracting(Mention::entityId).containsExactly("joe-biden", "united-states");
        assertThat(found.get(0).end() - found.get(0).start()).isEqualTo("President Joe Biden".length());
    }

    /**
     * Names looked up by length and folded text find what a scan of every name, longest first, finds:
     * many names sharing a first word ("Subject 1" … "Subject 300"), names in capitals, names that
     * are the start of longer ones, odd case and curly apostrophes, in random sentences.
     */
    @Test
    void findsWhatAScanOfEveryNameFinds() {
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            entities.add(new Entity("e" + i, EntityType.PROJECT, "Subject " + i, i % 7 == 0 ? List.of("SUBJECT " + i + " FUND") : List.of(), AT));
        }
        entities.add(new Entity("subject-alone", EntityType.PROJECT, "Subject", List.of("O'Neill's subject"), AT));
        entities.add(new Entity("us", EntityType.PLACE, "United States", List.of("US", "U.S."), AT));
        EntityMentions indexed = new EntityMentions(entities);
        String[] words = {"Subject", "subject", "SUBJECT", "FUND", "fund", "US", "us", "U.S.", "United", "States", "O’Neill’s",
            "O'Neill's", "and", "12", "7", "70", "299", "3", ",", "."};
        Random random = new Random(34);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder sentence = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int w = 0; w < length; w++) {
                sentence.append(w == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
            }
            String text = sentence.toString().replace(" ,", ",");
            assertThat(indexed.find(text)).as(text).isEqualTo(scan(entities, text));
        }
        assertThat(indexed.find("Subject 12 and SUBJECT 7 FUND, subject 299.")).extracting(Mention::entityId)
                .containsExactly("e12", "e7", "e299");
    }

    /** The plain reading of EntityMentions' rules: every name at every word start, longest then first id, no overlaps. */
    private static List<Mention> scan(List<Entity> entities, String sentence) {
        record Named(String id, String text) {
        }
        List<Named> names = new ArrayList<>();
        for (Entity e : entities) {
            names.add(new Named(e.id(), EntityMentions.apostrophes(e.name())));
            e.aliases().forEach(a -> names.add(new Named(e.id(), EntityMentions.apostrophes(a))));
        }
        names.sort(Comparator.comparingInt((Named n) -> n.text().length()).reversed().thenComparing(Named::id));
        String text = EntityMentions.apostrophes(sentence);
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            for (Named name : names) {
                boolean capitals = name.text().equals(name.text().toUpperCase(Locale.ROOT));
                int end = i + name.text().length();
                if (Character.isLetterOrDigit(name.text().charAt(0)) && end <= text.length()
                        && text.regionMatches(!capitals, i, name.text(), 0, name.text().length())
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                                || !Character.isLetterOrDigit(text.charAt(end - 1)))) {
                    found.add(new Mention(name.id(), i, end));
                    break;
                }
            }
        }
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
