package org.crosscheck.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.Entity;
import org.crosscheck.model.FactsInput;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RawRate;
import org.crosscheck.model.RawReference;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.RawWaiver;

/**
 * What one facts file declares, once bound, with the problems found in it (and, inside
 * {@link FactsLoader.Batch}, what every file so far declared). Its ids are only reserved: whether an
 * id was used before is a question about every file, which {@code Batch} answers as the files join
 * the run in order.
 */
final class FileFacts {

    /** Ids in the namespace of sources, claims, references and rates, or in that of entities. */
    enum IdSpace {
        ITEM("id"), ENTITY("entity id");

        /** How a problem names an id of this space. */
        final String label;

        IdSpace(String label) {
            this.label = label;
        }
    }

    /**
     * An id as the file declared it, in the order it did.
     *
     * @param item what to leave out when the id turns out to be taken (a claim, entity, reference or
     *             rate); null for a source, which is kept either way
     */
    record Reservation(IdSpace space, String id, Location at, Object item) {
    }

    final List<RawSource> sources = new ArrayList<>();
    final List<Entity> entities = new ArrayList<>();
    final List<RawReference> references = new ArrayList<>();
    final List<RawRate> rates = new ArrayList<>();
    final List<RawWaiver> waivers = new ArrayList<>();
    final List<Problem> problems = new ArrayList<>();
    final List<Reservation> reservations = new ArrayList<>();
    int claimsRead;

    /** A file that was not read, and why. */
    static FileFacts unread(Problem why) {
        FileFacts facts = new FileFacts();
        facts.problems.add(why);
        return facts;
    }

    /** Reserves a source, claim, reference or rate id; {@code item} is left out if it is taken. */
    void reserveId(String id, Location at, Object item) {
        reservations.add(new Reservation(IdSpace.ITEM, id, at, item));
    }

    /** Keeps an entity and reserves its id; it is left out again if the id is taken. */
    void declare(Entity entity) {
        entities.add(entity);
        reservations.add(new Reservation(IdSpace.ENTITY, entity.id(), entity.location(), entity));
    }

    /** Keeps a reference record and reserves its id; it is left out again if the id is taken. */
    void declare(RawReference reference) {
        references.add(reference);
        reserveId(reference.id(), reference.location(), reference);
    }

    /** Keeps an exchange rate and reserves its id; it is left out again if the id is taken. */
    void declare(RawRate rate) {
        rates.add(rate);
        reserveId(rate.id(), rate.location(), rate);
    }

    /**
     * Adds what this file declared to {@code into}, leaving out the items in {@code taken} (whose ids
     * an earlier declaration holds) and keeping the sources themselves.
     */
    void keepInto(FileFacts into, Set<Object> taken) {
        for (RawSource source : sources) {
            into.sources.add(taken.isEmpty() ? source : source.withClaims(without(taken, source.claims())));
        }
        into.entities.addAll(without(taken, entities));
        into.references.addAll(without(taken, references));
        into.rates.addAll(without(taken, rates));
        into.waivers.addAll(waivers);
    }

    private static <T> List<T> without(Set<Object> taken, List<T> items) {
        return taken.isEmpty() ? items : items.stream().filter(item -> !taken.contains(item)).toList();
    }

    FactsInput toInput() {
        return new FactsInput(sources, entities, references, rates, waivers, problems, claimsRead);
    }
}
