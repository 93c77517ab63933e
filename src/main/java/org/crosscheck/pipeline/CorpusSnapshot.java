package org.crosscheck.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Settings;
import org.crosscheck.model.Source;
import org.crosscheck.normalize.EntityIndex;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.normalize.Tolerance;
import org.crosscheck.store.KeyDigests;

/**
 * A corpus loaded and normalized once, indexed by key (aliases resolved), for many draft checks
 * that each read only the keys their draft touches ({@link CheckPipeline#checkDraft}). Read-only
 * once built, so the desk's pipelines share one.
 */
public final class CorpusSnapshot {

    private final CheckRequest base;
    private final NormalizedFacts facts;
    private final Settings settings;
    private final Tolerance tolerance;
    private final EntityIndex entities;
    private final Map<ClaimKey, List<Claim>> claimsByKey = new HashMap<>();
    /** For each key, the keys with a duration claim that names it as an event: their rules read it. */
    private final Map<ClaimKey, Set<ClaimKey>> namedAsEventBy = new HashMap<>();
    private final Set<String> sourceIds = new HashSet<>();
    private final Set<String> claimIds = new HashSet<>();

    /** The facts files as they were just before they were read. */
    private final FactsFingerprint readFrom;

    CorpusSnapshot(CheckRequest base, FactsFingerprint readFrom, NormalizedFacts facts, Settings settings, Tolerance tolerance) {
        this.base = base;
        this.readFrom = readFrom;
        this.facts = facts;
        this.settings = settings;
        this.tolerance = tolerance;
        this.entities = new EntityIndex(facts.corpus().entities());
        for (Claim claim : facts.corpus().claims()) {
            claimsByKey.computeIfAbsent(claim.key(), k -> new ArrayList<>()).add(claim);
            claimIds.add(claim.id());
        }
        claimsByKey.forEach((key, claims) -> KeyDigests.eventsRead(claims)
                .forEach(event -> namedAsEventBy.computeIfAbsent(event, k -> new LinkedHashSet<>()).add(key)));
        facts.corpus().sources().forEach(source -> sourceIds.add(source.id()));
    }

    /** What every draft is checked by: facts, rules, settings; the draft is added per check. */
    public CheckRequest base() {
        return base;
    }

    NormalizedFacts facts() {
        return facts;
    }

    /**
     * The normalized corpus, read-only: the desk builds its extraction indexes on it, so that the
     * corpus is held once, not once for extraction and once for checking.
     */
    public Corpus corpus() {
        return facts.corpus();
    }

    Settings settings() {
        return settings;
    }

    Tolerance tolerance() {
        return tolerance;
    }

    EntityIndex entities() {
        return entities;
    }

    /**
     * Whether a facts file was edited, added or removed since the snapshot was read (by size and
     * modification time): the snapshot then no longer is the corpus a check from scratch would read.
     */
    public boolean factsChanged() {
        return !FactsFingerprint.of(base.facts()).equals(readFrom);
    }

    /** How many claims the snapshot holds. */
    public int claims() {
        return facts.corpus().claims().size();
    }

    boolean usesSourceId(String id) {
        return sourceIds.contains(id);
    }

    boolean usesClaimId(String id) {
        return claimIds.contains(id);
    }

    /**
     * The keys a check of claims on {@code stated} needs whole, as the store's {@link KeyDigests}
     * counts what a key's rules read: the keys themselves; the keys whose durations name one of them
     * as an event (their rules read it, and a new claim there may change their findings); and the
     * events every duration among all of these names.
     *
     * @param draftClaims the draft's own claims, whose durations' events are read too
     */
    Set<ClaimKey> keysNeeded(Set<ClaimKey> stated, List<Claim> draftClaims) {
        Set<ClaimKey> checked = new LinkedHashSet<>(stated);
        for (ClaimKey key : stated) {
            checked.addAll(namedAsEventBy.getOrDefault(key, Set.of()));
        }
        Set<ClaimKey> all = new LinkedHashSet<>(checked);
        all.addAll(KeyDigests.eventsRead(draftClaims));
        for (ClaimKey key : checked) {
            all.addAll(KeyDigests.eventsRead(claimsByKey.getOrDefault(key, List.of())));
        }
        return all;
    }

    /** The corpus's claims on {@code keys}, each key's in corpus order. */
    List<Claim> claimsOn(Set<ClaimKey> keys) {
        List<Claim> claims = new ArrayList<>();
        for (ClaimKey key : keys) {
            claims.addAll(claimsByKey.getOrDefault(key, List.of()));
        }
        return claims;
    }

    /** The corpus's sources with these ids, in corpus order. */
    List<Source> sourcesOf(Set<String> ids) {
        return facts.corpus().sources().stream().filter(s -> ids.contains(s.id())).toList();
    }
}
