package org.crosscheck.load;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;

/**
 * One facts file read on its own, for a check that reads a corpus's files in many processes (the
 * Spark job) and so cannot take them in order through one {@link FactsLoader.Batch}. It offers what
 * the batch needs to decide across files: the ids the file declares, in order, and the file's
 * pieces without the items whose ids turned out to be taken. The parse, the binding and every
 * message are those of {@link FactsLoader}.
 */
public final class FactsFile {

    /** The file's bytes, read only once the file is known not to be too large. */
    @FunctionalInterface
    public interface Bytes {
        byte[] read() throws IOException;
    }

    /**
     * An id as a file declared it.
     *
     * @param space   what kind of id ({@code id} or {@code entity id}): ids are unique within a space
     * @param ordinal its place among the file's ids, which {@link #input} takes to leave the item out
     * @param item    whether a later use leaves something out (a claim, entity, reference or rate);
     *                a source is kept either way
     */
    public record IdUse(String space, String id, Location at, int ordinal, boolean item) implements Serializable {
    }

    private static final YamlReader YAML = new YamlReader();

    private final FileFacts facts;

    private FactsFile(FileFacts facts) {
        this.facts = facts;
    }

    /** Reads, parses and binds one file; what goes wrong becomes a problem, as in {@link FactsLoader}. */
    public static FactsFile read(String display, long size, Bytes bytes) {
        if (size > YamlReader.MAX_CODE_POINTS) {
            return new FactsFile(FileFacts.unread(new Problem(Location.ofPath(display), "the file is larger than "
                    + YamlReader.MAX_CODE_POINTS / (1024 * 1024) + " MB a facts file may be", "split the source into several files")));
        }
        try {
            byte[] read = bytes.read();
            FileFacts facts = new FileFacts();
            FactsCache.off().read(YAML, display, read, facts.problems).ifPresent(root -> FactsBinder.bind(root, facts));
            return new FactsFile(facts);
        } catch (IOException e) {
            return new FactsFile(FileFacts.unread(new Problem(Location.ofFile(display), "cannot read the file: " + e.getMessage(),
                    "check its permissions")));
        }
    }

    /** Every id the file declares, in the order it did. */
    public List<IdUse> ids() {
        List<IdUse> ids = new ArrayList<>(facts.reservations.size());
        for (int i = 0; i < facts.reservations.size(); i++) {
            FileFacts.Reservation r = facts.reservations.get(i);
            ids.add(new IdUse(r.space().label, r.id(), r.at(), i, r.item() != null));
        }
        return ids;
    }

    /** The problem of {@code use}, an id already declared at {@code first}, worded as the loader words it. */
    public static Problem duplicate(IdUse use, Location first) {
        FileFacts.IdSpace space = use.space().equals(FileFacts.IdSpace.ENTITY.label) ? FileFacts.IdSpace.ENTITY : FileFacts.IdSpace.ITEM;
        return FactsLoader.duplicate(space, use.id(), use.at(), first);
    }

    /** The problems found in the file itself (parsing and binding); duplicate ids are not among them. */
    public List<Problem> problems() {
        return List.copyOf(facts.problems);
    }

    /** Claim entries seen in the file, including those that will be rejected. */
    public int claimsRead() {
        return facts.claimsRead;
    }

    /** Whether the file declares anything every key may need: entities, reference records, rates or waivers. */
    public boolean declaresShared() {
        return !facts.entities.isEmpty() || !facts.references.isEmpty() || !facts.rates.isEmpty() || !facts.waivers.isEmpty();
    }

    /**
     * The file's pieces and problems, less the items whose ids are {@code taken} (ordinals of
     * {@link #ids()}), as {@link FactsLoader.Batch} keeps them.
     */
    public FactsInput input(Set<Integer> taken) {
        Set<Object> items = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int ordinal : taken) {
            Object item = facts.reservations.get(ordinal).item();
            if (item != null) {
                items.add(item);
            }
        }
        FileFacts kept = new FileFacts();
        kept.problems.addAll(facts.problems);
        kept.claimsRead = facts.claimsRead;
        facts.keepInto(kept, items);
        return kept.toInput();
    }
}
