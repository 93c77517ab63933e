package org.crosscheck.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.Claim;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Location;
import org.crosscheck.model.Problem;
import org.crosscheck.model.Source;
import org.crosscheck.normalize.NormalizedFacts;
import org.crosscheck.normalize.Normalizer;

/**
 * What extraction matches a text against: the corpus's entities (by name and alias) and its keys
 * (in a {@link KeyIndex}), built once and then shared by every article of a run. It keeps the
 * corpus it is given, not a copy, so the desk builds it on the corpus it checks against.
 */
public final class ExtractionCorpus {

    private final Corpus corpus;
    private final EntityMentions mentions;
    private final KeyIndex keys;
    private final Set<String> sourceIds = new TreeSet<>();

    public ExtractionCorpus(Corpus corpus) {
        this.corpus = corpus;
        this.mentions = new EntityMentions(corpus.entities());
        this.keys = new KeyIndex(corpus.claims(), corpus.references(), corpus.entities(), mentions);
        corpus.sources().forEach(s -> sourceIds.add(s.id()));
    }

    /** Loads and normalizes the facts directory; claims with problems are left out, as a check leaves them out. */
    public static ExtractionCorpus load(Path factsDir) throws TextRejected {
        return new ExtractionCorpus(normalized(factsDir).corpus());
    }

    /** The facts directory, loaded and normalized. */
    public static NormalizedFacts normalized(Path factsDir) throws TextRejected {
        try {
            return new Normalizer().normalize(new FactsLoader().load(factsDir));
        } catch (FactsLoader.MissingFactsException e) {
            throw new TextRejected(new Problem(Location.ofPath(factsDir.toString()), e.getMessage(), e.hint()));
        }
    }

    /** The same corpus without the claims of the sources {@code leftOut} accepts (leave-one-out measurement). */
    public static ExtractionCorpus without(Corpus corpus, Predicate<Source> leftOut) {
        List<Source> sources = corpus.sources().stream().filter(leftOut.negate()).toList();
        List<Claim> claims = corpus.claims().stream().filter(c -> !leftOut.test(c.source())).toList();
        return new ExtractionCorpus(new Corpus(sources, corpus.entities(), claims, corpus.references(), corpus.rates(),
                corpus.waivers()));
    }

    public Corpus corpus() {
        return corpus;
    }

    EntityMentions mentions() {
        return mentions;
    }

    public KeyIndex keys() {
        return keys;
    }

    boolean hasSourceId(String id) {
        return sourceIds.contains(id);
    }
}
