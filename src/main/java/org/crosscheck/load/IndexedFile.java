package org.crosscheck.load;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.dataformat.smile.SmileGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Entity;
import org.crosscheck.model.RawClaim;
import org.crosscheck.model.RawKeyRef;
import org.crosscheck.model.RawSource;

/**
 * One facts file as the store keeps it (package {@code org.crosscheck.store}): its parsed tree,
 * encoded as Smile ({@link TreeCodec}), and what the store indexes about it: the keys its claims
 * state and name as {@code between} events, its ids, and whether it declares entities, reference
 * records, rates or waivers. Subjects are kept as written (trimmed, lower case, as
 * {@code EntityIndex} matches them), not resolved to entities: an alias lives in another file, and
 * resolving when the store is read keeps an alias edit from invalidating every file that uses it.
 */
public final class IndexedFile {

    /** What a file declares besides sources and claims; a check of part of the corpus reads every such file. */
    public enum Declares { ENTITIES, REFERENCES, RATES, WAIVERS }

    /** A claim's key as written, and its {@code between} events' keys (null when it has none). */
    public record Mention(String subject, String property, String fromSubject, String fromProperty, String toSubject,
            String toProperty) {
    }

    /** An id the file uses, in its id space ({@code id} or {@code entity id}). */
    public record IdUse(String space, String id) {
    }

    private static final SmileFactory SMILE = SmileFactory.builder()
            .enable(SmileGenerator.Feature.CHECK_SHARED_STRING_VALUES)
            .disable(SmileGenerator.Feature.ENCODE_BINARY_AS_7BIT)
            .build();

    private final YamlNode tree;
    private final FileFacts facts;

    private IndexedFile(YamlNode tree, FileFacts facts) {
        this.tree = tree;
        this.facts = facts;
    }

    /** Parses and binds a file's bytes, as the loader does. */
    public static IndexedFile read(String display, byte[] bytes) {
        FileFacts facts = new FileFacts();
        Optional<YamlNode> tree = new YamlReader().read(display, bytes, facts.problems);
        tree.ifPresent(root -> FactsBinder.bind(root, facts));
        return new IndexedFile(facts.problems.isEmpty() ? tree.orElse(null) : null, facts);
    }

    /** A kept tree, bound again; empty when the bytes are not a tree {@link #encodedTree} wrote. */
    public static Optional<IndexedFile> decode(String display, byte[] encoded) {
        return decodeTree(display, encoded).map(root -> {
            FileFacts facts = new FileFacts();
            FactsBinder.bind(root, facts);
            return new IndexedFile(root, facts);
        });
    }

    static Optional<YamlNode> decodeTree(String display, byte[] encoded) {
        try (JsonParser parser = SMILE.createParser(encoded)) {
            // TreeCodec reads from the first token on: no token may be taken first (an empty tree is refused by it)
            YamlNode root = TreeCodec.read(parser, display);
            return parser.nextToken() == null ? Optional.of(root) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether the file read without a problem; only such a file's tree is kept. */
    public boolean clean() {
        return tree != null;
    }

    /** The parsed tree as Smile; only for a {@link #clean} file. */
    public byte[] encodedTree() {
        if (tree == null) {
            throw new IllegalStateException("a file with problems keeps no tree");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator generator = SMILE.createGenerator(out)) {
            TreeCodec.write(tree, generator);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Every claim's key as written, in the file's order. */
    public List<Mention> mentions() {
        List<Mention> mentions = new ArrayList<>();
        for (RawSource source : facts.sources) {
            for (RawClaim claim : source.claims()) {
                RawKeyRef from = claim.betweenFrom();
                RawKeyRef to = claim.betweenTo();
                mentions.add(new Mention(subjectKey(claim.subject().text()), claim.property().text(),
                        from == null ? null : subjectKey(from.subject().text()), from == null ? null : from.property().text(),
                        to == null ? null : subjectKey(to.subject().text()), to == null ? null : to.property().text()));
            }
        }
        return mentions;
    }

    /** Every id the file declares, sources' and claims' included. */
    public List<IdUse> ids() {
        return facts.reservations.stream().map(r -> new IdUse(r.space().label, r.id())).toList();
    }

    public Set<Declares> declares() {
        Set<Declares> declares = EnumSet.noneOf(Declares.class);
        if (!facts.entities.isEmpty()) {
            declares.add(Declares.ENTITIES);
        }
        if (!facts.references.isEmpty()) {
            declares.add(Declares.REFERENCES);
        }
        if (!facts.rates.isEmpty()) {
            declares.add(Declares.RATES);
        }
        if (!facts.waivers.isEmpty()) {
            declares.add(Declares.WAIVERS);
        }
        return declares;
    }

    /** Whether the file declares entities and nothing else (no source, record, rate or waiver). */
    public boolean entitiesOnly() {
        return !facts.entities.isEmpty() && facts.sources.isEmpty() && facts.references.isEmpty() && facts.rates.isEmpty()
                && facts.waivers.isEmpty();
    }

    /** The entities the file declares. */
    public List<Entity> entities() {
        return List.copyOf(facts.entities);
    }

    /** A subject as entity names are matched: trimmed, lower case. */
    public static String subjectKey(String subject) {
        return subject.trim().toLowerCase(Locale.ROOT);
    }
}
