package org.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Citation;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.ClaimStatus;
import org.crosscheck.model.ClaimStatuses;
import org.crosscheck.model.Location;
import org.crosscheck.model.ReferenceRecord;
import org.crosscheck.model.Source;
import org.crosscheck.normalize.DateParser;
import org.junit.jupiter.api.Test;

/** The sentence on top of a key's card, one template per situation, checked word for word. */
class KeyStoryTest {

    static final Source STANDARD = SampleResult.source("standard", "Kenya, the ally", "The Standard");
    static final Source NATION = SampleResult.source("nation", "A state visit", "Daily Nation");
    static final Source STAR = SampleResult.source("star", "The designation", "The Star");
    static final Source UNKNOWN = SampleResult.source("brief", "A very long headline about a roundtable with the president of Kenya and others", "unknown");

    static final ReferenceRecord MEMO = new ReferenceRecord("memo", new ClaimKey("deal", "signing-date"),
            DateParser.parse("2024-06-24", null).toOptional().orElseThrow(), null, null,
            new Citation("The White House", "Memorandum on the designation", null, null), true, new Location("facts/reference/us.yaml", 4, 3));

    static ClaimStatuses statuses(Map<Claim, ClaimStatus> byClaim, Claim... likelyWrong) {
        Map<String, ClaimStatus> byId = new HashMap<>();
        byClaim.forEach((c, s) -> byId.put(c.id(), s));
        return new ClaimStatuses(byId, Set.copyOf(java.util.Arrays.stream(likelyWrong).map(Claim::id).toList()));
    }

    @Test
    void aClaimAgainstTheRecordIsNamedWithTheRecordAndTheSourcesThatAgreeWithIt() {
        Claim wrong = SampleResult.claim("s-1", STANDARD, "June 2023", "designated in June 2023", 3);
        Claim right1 = SampleResult.claim("n-1", NATION, "June 2024", "in June 2024", 3);
        Claim right2 = SampleResult.claim("t-1", STAR, "2024-06-24", "on 24 June 2024", 3);

        String story = KeyStory.tell(List.of(wrong, right1, right2), List.of(MEMO), statuses(Map.of(wrong, ClaimStatus.CONTRADICTED,
                right1, ClaimStatus.CONFIRMED, right2, ClaimStatus.CONFIRMED)));

        assertThat(story).isEqualTo("The Standard (15 July 2025) gives June 2023. The White House, Memorandum on the designation, gives"
                + " 24 June 2024, and 2 other sources agree with it.");
    }

    @Test
    void aLoneSourceAgainstAMajorityIsLikelyWrongAndTheSentenceSaysMajorityIsNotProof() {
        Claim lone = SampleResult.claim("s-1", STANDARD, "June 2023", "in June 2023", 3);
        Claim a = SampleResult.claim("n-1", NATION, "June 2024", "in June 2024", 3);
        Claim b = SampleResult.claim("t-1", STAR, "June 2024", "in June 2024", 3);

        String story = KeyStory.tell(List.of(lone, a, b), List.of(), statuses(Map.of(lone, ClaimStatus.DISPUTED,
                a, ClaimStatus.CORROBORATED, b, ClaimStatus.CORROBORATED), lone));

        assertThat(story).isEqualTo("The Standard (15 July 2025) gives June 2023. 2 other sources agree on June 2024 instead."
                + " A majority is evidence, not proof: check the claim against a record.");
    }

    @Test
    void oneAgainstOneNamesBothSidesAndSaysNothingDecides() {
        Claim a = SampleResult.claim("s-1", STANDARD, "June 2023", "in June 2023", 3);
        Claim b = SampleResult.claim("u-1", UNKNOWN, "June 2024", "in June 2024", 3);

        String story = KeyStory.tell(List.of(a, b), List.of(), statuses(Map.of(a, ClaimStatus.DISPUTED, b, ClaimStatus.DISPUTED)));

        assertThat(story).isEqualTo("The Standard (15 July 2025) gives June 2023. “A very long headline about a roundtable with the"
                + " president…” (15 July 2025) gives June 2024. Nothing on file decides between them: add a reference record or check both.");
    }

    @Test
    void keysWhoseClaimsAllAgreeGetNoStory() {
        Claim a = SampleResult.claim("s-1", STANDARD, "June 2024", "in June 2024", 3);
        Claim b = SampleResult.claim("n-1", NATION, "June 2024", "in June 2024", 3);

        assertThat(KeyStory.tell(List.of(a, b), List.of(), statuses(Map.of(a, ClaimStatus.CORROBORATED, b, ClaimStatus.CORROBORATED))))
                .isNull();
    }

    @Test
    void anchorsAreStableAndSafeAsIds() {
        assertThat(KeyCards.anchor(new ClaimKey("Kenya MNNA", "designation/date"))).isEqualTo("key-kenya-mnna--designation-date");
    }
}
