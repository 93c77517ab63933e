package org.crosscheck.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.load.IndexedFile;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.model.Entity;
import org.crosscheck.normalize.EntityIndex;

/**
 * The files a check of a few files (a draft, the files a pull request changed) needs, found in the
 * store without reading the rest of the corpus: the files that state any key those files state; for
 * the arithmetic rules, the files whose duration claims name those keys as {@code between} events,
 * and the files stating the events of all those duration claims; every file declaring reference
 * records, rates or waivers, and entities unless the store's name index stands for them; and every
 * file sharing an id with any of these, so an id used twice is settled as in a check of everything
 * (the first file, in the loader's order, keeps it).
 *
 * <p>Keys are resolved through the entities as they are now: the store keeps subjects as written,
 * so a changed alias moves claims between keys without any stored file being read again. Names are
 * looked up in the store's index of them ({@code entity_names}, kept by {@link FactsStore} only when
 * it answers as an index built from every entity file would); without it the entity files are read.
 * Everything a rule reads about a key is then in the slice: its claims, their sources (in the same
 * files), the reference records and rates (all of them), the claims of the events its durations name.
 */
public final class Slice {

    private final FactsStore store;
    private final Path factsDir;

    public Slice(FactsStore store, Path factsDir) {
        this.store = store;
        this.factsDir = factsDir;
    }

    /**
     * The files of {@code files} (the facts directory's, in the loader's order) a check of
     * {@code seeds} needs, in that order; seeds outside the facts directory are not among them (the
     * loader reads those after the directory, as it always does).
     */
    public List<Path> files(List<Path> files, List<Path> seeds) throws SQLException {
        return select(files, seeds).files();
    }

    /**
     * The files of a slice, and the keys it holds whole: every claim of these keys is in those files,
     * so their statuses are the statuses a check of everything gives. The slice's files state other
     * keys too (a file is read whole), but only some of their claims; a status of theirs would be
     * decided on part of the evidence.
     *
     * @param entities the store's index of entity names when the slice leaves the entity files out
     *                 (the normalizer then resolves names through it); null when the slice reads them
     */
    public record Selection(List<Path> files, Set<ClaimKey> wholeKeys, EntityIndex entities, Set<ClaimKey> checked) {
        public Selection(List<Path> files, Set<ClaimKey> wholeKeys) {
            this(files, wholeKeys, null, null);
        }

        public Selection(List<Path> files, Set<ClaimKey> wholeKeys, EntityIndex entities) {
            this(files, wholeKeys, entities, null);
        }
    }

    /** As {@link #files}, with the keys the slice holds whole. */
    public Selection select(List<Path> files, List<Path> seeds) throws SQLException {
        return select(files, seeds, Set.of());
    }

    /**
     * As {@link #select(List, List)}, as if the seeds also stated {@code stated} (the keys an edit took
     * claims from), with {@link Selection#checked}: the keys whose rules' findings may differ from the
     * last check's, those stated and those whose durations name one of them as an event.
     */
    public Selection select(List<Path> files, List<Path> seeds, Set<ClaimKey> alsoStated) throws SQLException {
        return select(files, seeds, alsoStated, true);
    }

    /**
     * As {@link #select(List, List, Set)}; without {@code seedsState}, the seeds are read but their
     * claims' keys are not taken as stated (an incremental check states only the keys whose claims
     * changed, {@code alsoStated}).
     */
    public Selection select(List<Path> files, List<Path> seeds, Set<ClaimKey> alsoStated, boolean seedsState) throws SQLException {
        Map<String, Path> byPath = new HashMap<>();
        files.forEach(file -> byPath.put(store.relativeOf(factsDir, file), file));
        List<IndexedFile> seedFiles = new ArrayList<>();
        List<IndexedFile.IdUse> outsideIds = new ArrayList<>();
        for (Path seed : seeds) {
            Optional<IndexedFile> read = read(seed);
            if (read.isEmpty()) {
                continue;
            }
            seedFiles.add(read.get());
            if (!byPath.containsKey(store.relativeOf(factsDir, seed))) {
                outsideIds.addAll(read.get().ids());
            }
        }
        // the entity files are left out when the store's name index stands for them and no seed adds an entity
        boolean indexed = store.entityIndexed() && seedFiles.stream().allMatch(seed -> seed.entities().isEmpty());
        Set<String> wanted = new TreeSet<>(store.declaring(indexed ? EnumSet.of(IndexedFile.Declares.REFERENCES,
                IndexedFile.Declares.RATES, IndexedFile.Declares.WAIVERS) : EnumSet.allOf(IndexedFile.Declares.class)));
        for (Path seed : seeds) {
            String path = store.relativeOf(factsDir, seed);
            if (byPath.containsKey(path)) {
                wanted.add(path);
            }
        }
        EntityIndex entities;
        Names names;
        if (indexed) {
            entities = storeIndex();
            names = entityId -> {
                Set<String> spellings = store.namesOf(entityId);
                return spellings.isEmpty() ? Set.of(IndexedFile.subjectKey(entityId)) : spellings;
            };
        } else {
            List<Entity> declared = allEntities(byPath, seedFiles);
            entities = new EntityIndex(declared);
            names = new DeclaredNames(entities, declared)::of;
        }

        Set<ClaimKey> stated = new LinkedHashSet<>(alsoStated);
        Set<ClaimKey> events = new LinkedHashSet<>();
        for (IndexedFile seed : seedFiles) {
            if (!seedsState) {
                continue;
            }
            for (IndexedFile.Mention m : seed.mentions()) {
                key(entities, m.subject(), m.property()).ifPresent(stated::add);
                eventsOf(entities, m, events);
            }
        }
        // durations elsewhere that name a stated key as an event
        Set<ClaimKey> durations = new LinkedHashSet<>();
        for (ClaimKey key : stated) {
            for (FactsStore.StoredMention named : store.claimsNaming(key.property(), names.of(key.subject()))) {
                key(entities, named.mention().subject(), named.mention().property()).ifPresent(durations::add);
            }
        }
        Set<ClaimKey> checked = new LinkedHashSet<>(stated);
        checked.addAll(durations);
        Set<ClaimKey> all = new LinkedHashSet<>(checked);
        all.addAll(events);
        for (ClaimKey key : checked) {
            for (FactsStore.StoredMention on : store.claimsOn(key.property(), names.of(key.subject()))) {
                wanted.add(on.path());
                eventsOf(entities, on.mention(), all);
            }
        }
        for (ClaimKey key : all) {
            if (!checked.contains(key)) {
                store.claimsOn(key.property(), names.of(key.subject())).forEach(on -> wanted.add(on.path()));
            }
        }
        // ids are settled across files in the loader's order: bring in every file that could take one first
        Set<String> added = new TreeSet<>(wanted);
        List<IndexedFile.IdUse> ids = outsideIds;
        while (!added.isEmpty()) {
            Set<String> sharing = store.sharingIds(added, ids);
            sharing.removeAll(wanted);
            wanted.addAll(sharing);
            added = sharing;
            ids = List.of();
        }
        List<Path> slice = new ArrayList<>();
        for (Path file : files) {
            if (wanted.contains(store.relativeOf(factsDir, file))) {
                slice.add(file);
            }
        }
        return new Selection(slice, Set.copyOf(all), indexed ? entities : null, Set.copyOf(checked));
    }

    /**
     * The store's name index as an {@link EntityIndex}: each name looked up once (the normalizer asks
     * from several threads), every name read only to suggest one for an unknown entity.
     */
    private EntityIndex storeIndex() {
        Map<String, Optional<String>> looked = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.Supplier<Set<String>> all = new java.util.function.Supplier<>() {
            private Set<String> names;

            @Override
            public synchronized Set<String> get() {
                if (names == null) {
                    names = store.entityNames();
                }
                return names;
            }
        };
        return EntityIndex.lookingUp(name -> looked.computeIfAbsent(name, n -> Optional.ofNullable(store.entityOf(n))).orElse(null),
                all, store.indexedEntities());
    }

    private static void eventsOf(EntityIndex entities, IndexedFile.Mention m, Set<ClaimKey> into) {
        if (m.fromProperty() != null) {
            key(entities, m.fromSubject(), m.fromProperty()).ifPresent(into::add);
        }
        if (m.toProperty() != null) {
            key(entities, m.toSubject(), m.toProperty()).ifPresent(into::add);
        }
    }

    private static Optional<ClaimKey> key(EntityIndex entities, String subject, String property) {
        return entities.resolve(subject).map(id -> new ClaimKey(id, property));
    }

    /** A seed as the loader would read it; empty when it cannot be read (the check then says why). */
    private Optional<IndexedFile> read(Path file) {
        try {
            return Optional.of(IndexedFile.read(FactsLoader.displayName(factsDir, file), Files.readAllBytes(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The entities of every file that declares some, in the loader's order, then the seeds'. */
    private List<Entity> allEntities(Map<String, Path> byPath, List<IndexedFile> seeds) {
        List<Entity> all = new ArrayList<>();
        for (String path : store.declaring(EnumSet.of(IndexedFile.Declares.ENTITIES))) {
            Path file = byPath.get(path);
            if (file != null) {
                entitiesOf(file).forEach(all::add);
            }
        }
        seeds.forEach(seed -> all.addAll(seed.entities()));
        return all;
    }

    private List<Entity> entitiesOf(Path file) {
        String display = FactsLoader.displayName(factsDir, file);
        byte[] tree = store.tree(factsDir, file);
        Optional<IndexedFile> kept = tree == null ? Optional.empty() : IndexedFile.decode(display, tree);
        if (kept.isPresent()) {
            return kept.get().entities();
        }
        try {
            return IndexedFile.read(display, Files.readAllBytes(file)).entities();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Every way a subject may be written for an entity id: its id, name and aliases, as the index matches them. */
    private interface Names {
        Set<String> of(String entityId) throws SQLException;
    }

    /** {@link Names} from the entities the slice read. */
    private static final class DeclaredNames {
        private final Map<String, Set<String>> byId = new HashMap<>();

        DeclaredNames(EntityIndex index, List<Entity> entities) {
            for (Entity entity : entities) {
                List<String> spellings = new ArrayList<>();
                spellings.add(entity.id());
                spellings.add(entity.name());
                spellings.addAll(entity.aliases());
                for (String spelling : spellings) {
                    if (spelling == null) {
                        continue;
                    }
                    String written = IndexedFile.subjectKey(spelling);
                    index.resolve(written).ifPresent(id -> byId.computeIfAbsent(id, k -> new HashSet<>()).add(written));
                }
            }
        }

        Set<String> of(String entityId) {
            return byId.getOrDefault(entityId, Set.of(IndexedFile.subjectKey(entityId)));
        }
    }
}
