package org.crosscheck.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.RawClaim;
import org.crosscheck.model.RawReference;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.RawText;
import org.crosscheck.normalize.EntityIndex;

/**
 * What a check of part of the corpus through the store ({@code store.Slice}) normalizes and checks:
 * every claim of the files it was asked about (a draft, the files a pull request or an edit
 * changed), and of the other files it read only the claims on the keys it holds whole. A file is
 * read whole for the keys it shares with the files asked about, but its other claims are on keys
 * the slice holds only in part, so a status or finding of theirs would be decided on part of the
 * evidence; normalizing and checking them was also most of a draft's time at a million claims
 * (1,902 claims of 20 files read for a two-claim draft's keys).
 */
final class WholeKeyClaims {

    private WholeKeyClaims() {
    }

    /**
     * {@code input} with, outside the sources of {@code askedFiles}, only the claims on {@code keys},
     * and only the reference records on them (the rules compare a key with its own records and those
     * of the events its durations name, all among the keys held whole).
     * A claim whose key cannot be worked out (no subject or property, a subject {@code entities}
     * does not know) is kept, so the normalizer still says what is wrong with it. A source of
     * another file left without claims is left out: it was read for claims on other keys. The
     * claims read count only those kept, so loaded still equals checked plus rejected; entries the
     * loader could not read stay counted with their problems, as their keys are unknown.
     *
     * @param askedFiles the files asked about, by their names in reports
     */
    static FactsInput of(FactsInput input, Set<String> askedFiles, Set<ClaimKey> keys, EntityIndex entities) {
        Whole whole = new Whole(keys, keys.stream().map(ClaimKey::property).collect(Collectors.toUnmodifiableSet()), entities);
        List<RawSource> sources = new ArrayList<>(input.sources().size());
        int left = 0;
        for (RawSource source : input.sources()) {
            if (askedFiles.contains(source.location().file())) {
                sources.add(source);
                continue;
            }
            List<RawClaim> kept = source.claims().stream().filter(claim -> whole.holds(claim.subject(), claim.property())).toList();
            left += source.claims().size() - kept.size();
            if (!kept.isEmpty()) {
                sources.add(source.withClaims(kept));
            }
        }
        List<RawReference> references = input.references().stream()
                .filter(record -> whole.holds(record.subject(), record.property())).toList();
        return new FactsInput(sources, input.entities(), references, input.rates(), input.waivers(), input.problems(),
                input.claimsRead() - left);
    }

    /** The keys held whole, their properties, and the entities their subjects are resolved through. */
    private record Whole(Set<ClaimKey> keys, Set<String> properties, EntityIndex entities) {

        /**
         * Whether a claim or record written with this subject and property is on a key held whole,
         * or on no key that can be worked out.
         */
        boolean holds(RawText subject, RawText property) {
            if (subject == null || property == null) {
                return true;
            }
            if (!properties.contains(property.text())) {
                return false; // decided without looking the subject up: through the store's index, a query each
            }
            return entities.require(subject).toOptional().map(id -> keys.contains(new ClaimKey(id, property.text()))).orElse(true);
        }
    }
}
