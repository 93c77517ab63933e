package org.crosscheck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Entity;
import org.crosscheck.model.EntityType;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RawClaim;
import org.crosscheck.model.RawReference;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.RawText;
import org.crosscheck.model.RawValue;
import org.crosscheck.model.SourceStatus;
import org.crosscheck.model.ValueKind;
import org.crosscheck.normalize.EntityIndex;
import org.junit.jupiter.api.Test;

class WholeKeyClaimsTest {

    private static final EntityIndex ENTITIES = new EntityIndex(List.of(
            new Entity("kenya", EntityType.PLACE, "Kenya", List.of("Republic of Kenya"), Location.ofFile("entities.yaml")),
            new Entity("nato", EntityType.ORGANISATION, "NATO", List.of(), Location.ofFile("entities.yaml"))));

    private static final Set<ClaimKey> WHOLE = Set.of(new ClaimKey("kenya", "population"));

    private static RawText text(String text) {
        return text == null ? null : new RawText(text, Location.ofFile("x.yaml"));
    }

    private static RawClaim claim(String id, String subject, String property) {
        return new RawClaim(id, text(subject), text(property), new RawValue(ValueKind.QUANTITY, "1", Location.ofFile("x.yaml")),
                "1", null, List.of(), Location.ofFile("x.yaml"), null, null, null);
    }

    private static RawSource source(String id, String file, int claimsRead, RawClaim... claims) {
        return new RawSource(id, id, "outlet", null, null, null, null, null, SourceStatus.PUBLISHED, new Location(file, 1, 1),
                List.of(claims), claimsRead);
    }

    private static RawReference reference(String id, String subject, String property) {
        return new RawReference(id, text(subject), text(property), new RawValue(ValueKind.QUANTITY, "1", Location.ofFile("r.yaml")),
                null, null, "issuer", "document", null, null, true, Location.ofFile("r.yaml"), null);
    }

    private static List<String> ids(FactsInput input) {
        return input.sources().stream().flatMap(s -> s.claims().stream()).map(RawClaim::id).toList();
    }

    @Test
    void theFilesAskedAboutKeepEveryClaimAndTheOthersOnlyThoseOnTheKeysHeldWhole() {
        RawSource draft = source("draft", "draft.yaml", 2, claim("d1", "Kenya", "population"), claim("d2", "NATO", "member-count"));
        RawSource other = source("other", "facts/a.yaml", 5, claim("a1", "republic of kenya ", "population"),
                claim("a2", "NATO", "member-count"), claim("a3", "Kenya", "area"), claim("a4", "Atlantis", "population"),
                claim("a5", "Kenya", null));
        RawSource unrelated = source("unrelated", "facts/b.yaml", 2, claim("b1", "NATO", "population"), claim("b2", "Kenya", "gdp"));
        Problem unread = new Problem(new Location("facts/b.yaml", 9, 5), "a claim entry without a quote", "add one");
        FactsInput input = new FactsInput(List.of(draft, other, unrelated), List.of(), List.of(), List.of(), List.of(),
                List.of(unread), 10);

        FactsInput kept = WholeKeyClaims.of(input, Set.of("draft.yaml"), WHOLE, ENTITIES);

        // an alias and a name written with other spacing and case are the key's; an unknown subject or
        // a missing property cannot be placed on another key, so the normalizer still says what is wrong
        assertThat(ids(kept)).containsExactly("d1", "d2", "a1", "a4", "a5");
        assertThat(kept.sources()).extracting(RawSource::id).containsExactly("draft", "other");
        // the loader's count and problems keep the entry it could not read, whose key is unknown: 10 - 4 left out
        assertThat(kept.claimsRead()).isEqualTo(6);
        assertThat(kept.problems()).containsExactly(unread);
    }

    @Test
    void onlyTheReferenceRecordsOnTheKeysHeldWholeAreKept() {
        FactsInput input = new FactsInput(List.of(), List.of(), List.of(reference("r1", "Republic of Kenya", "population"),
                reference("r2", "Kenya", "area"), reference("r3", "NATO", "population"), reference("r4", "Lemuria", "population")),
                List.of(), List.of(), List.of(), 0);

        FactsInput kept = WholeKeyClaims.of(input, Set.of(), WHOLE, ENTITIES);

        assertThat(kept.references()).extracting(RawReference::id).containsExactly("r1", "r4");
    }

    @Test
    void withEveryKeyHeldWholeNothingIsLeftOut() {
        RawSource source = source("s", "facts/a.yaml", 2, claim("a1", "Kenya", "area"), claim("a2", "NATO", "member-count"));
        FactsInput input = new FactsInput(List.of(source), List.of(), List.of(reference("r1", "NATO", "member-count")), List.of(),
                List.of(), List.of(), 2);

        FactsInput kept = WholeKeyClaims.of(input, Set.of(),
                Set.of(new ClaimKey("kenya", "area"), new ClaimKey("nato", "member-count")), ENTITIES);

        assertThat(kept).isEqualTo(input);
    }
}
