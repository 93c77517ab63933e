package org.crosscheck.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Source;
import org.crosscheck.normalize.ClaimGroup;
import org.crosscheck.support.ParallelInOrder;
import org.crosscheck.support.Sha256;

/**
 * The hash each key's kept findings are filed under: everything the rules read when they check the
 * key. That is the run's common part ({@link Builder}: the tool, the rules' text, the settings, the
 * records, rates, entities and article texts), the key's claims as normalized (each with its value,
 * quote, place in its file and source, so an alias that moves a claim, a tolerance that widens a
 * value or a line that shifts changes it), and the claims of every key a {@code between} of its
 * claims names, since the duration rules read those through the claim index. A key whose claims
 * stay the same but whose event key gains a claim is therefore checked again.
 */
public final class KeyDigests {

    private KeyDigests() {
    }

    /** The digest of every group's key, under the run's common part {@code common}. */
    public static Map<ClaimKey, byte[]> of(List<ClaimGroup> groups, byte[] common) {
        Map<Source, byte[]> sources = sourceDigests(groups);
        Map<ClaimKey, byte[]> content = new HashMap<>(groups.size() * 2);
        List<byte[]> contents = ParallelInOrder.stream(groups, ClaimGroup.PARALLEL_FROM).map(group -> content(group, sources))
                .toList();
        for (int i = 0; i < groups.size(); i++) {
            content.put(groups.get(i).key(), contents.get(i));
        }
        List<byte[]> digests = ParallelInOrder.stream(groups, ClaimGroup.PARALLEL_FROM).map(group -> {
            Builder digest = new Builder().add(common).add(group.key().subject()).add(group.key().property())
                    .add(content.get(group.key()));
            for (ClaimKey event : eventsRead(group.claims())) {
                byte[] theirs = content.get(event);
                digest.add("event").add(event.subject()).add(event.property()).add(theirs == null ? new byte[0] : theirs);
            }
            return digest.finish();
        }).toList();
        Map<ClaimKey, byte[]> byKey = new HashMap<>(groups.size() * 2);
        for (int i = 0; i < groups.size(); i++) {
            byKey.put(groups.get(i).key(), digests.get(i));
        }
        return byKey;
    }

    /**
     * Each source's record, as it writes itself, hashed once: a source has about a hundred claims in an
     * archive, and writing it out with every claim was more than half of what hashing the claims cost.
     * By identity, since every claim of a source holds the same record (and a record's own hash walks it).
     */
    private static Map<Source, byte[]> sourceDigests(List<ClaimGroup> groups) {
        Map<Source, byte[]> sources = new IdentityHashMap<>();
        for (ClaimGroup group : groups) {
            for (Claim claim : group.claims()) {
                sources.computeIfAbsent(claim.source(), source -> new Builder().add(String.valueOf(source)).finish());
            }
        }
        return sources;
    }

    /**
     * The other keys whose claims the rules read when they check these claims: the events their
     * durations ({@code between}) name, in key order. A slice that checks a key without them (the
     * desk's in-memory draft check) would miss findings, as a digest without them would miss changes.
     */
    public static TreeSet<ClaimKey> eventsRead(Iterable<Claim> claims) {
        TreeSet<ClaimKey> events = new TreeSet<>();
        for (Claim claim : claims) {
            if (claim.between() != null) {
                events.add(claim.between().from());
                events.add(claim.between().to());
            }
        }
        return events;
    }

    /**
     * A hash of the group's claims in id order, each written out component by component as its record
     * writes them (model records keep the generated form, apart from {@code Location}, which leaves
     * out the column of a place without a line, and {@code ClaimKey}), its source as the hash of its
     * whole record ({@link #sourceDigests}). Every component of {@link Claim} is here, in the record's
     * order ({@code KeyDigestsTest} fails when the record gains one this does not write).
     */
    private static byte[] content(ClaimGroup group, Map<Source, byte[]> sources) {
        Builder digest = new Builder();
        for (Claim claim : group.claims()) {
            digest.add(claim.id()).add(sources.get(claim.source())).add(String.valueOf(claim.key()))
                    .add(String.valueOf(claim.value())).add(claim.quote()).add(String.valueOf(claim.asOf()))
                    .add(String.valueOf(claim.qualifiers())).add(String.valueOf(claim.location()))
                    .add(String.valueOf(claim.between())).add(claim.accordingTo());
        }
        return digest.finish();
    }

    /** The components {@link #content} writes, in order: the record's, which a test holds it to. */
    static final List<String> CLAIM_COMPONENTS = List.of("id", "source", "key", "value", "quote", "asOf", "qualifiers", "location",
            "between", "accordingTo");

    /** SHA-256 over parts, each preceded by its length, so no two lists of parts run together alike. */
    public static final class Builder {
        private final MessageDigest sha;

        public Builder() {
            sha = Sha256.newDigest();
        }

        public Builder add(String part) {
            return add(part == null ? null : part.getBytes(StandardCharsets.UTF_8));
        }

        public Builder add(byte[] part) {
            if (part == null) {
                sha.update(new byte[] {-1, -1, -1, -1});
                return this;
            }
            int n = part.length;
            sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
            sha.update(part);
            return this;
        }

        public byte[] finish() {
            return sha.digest();
        }
    }
}
