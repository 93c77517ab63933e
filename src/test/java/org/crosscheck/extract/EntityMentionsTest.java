package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
}
