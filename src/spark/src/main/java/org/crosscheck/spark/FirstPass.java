package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.crosscheck.load.FactsFile;
import org.crosscheck.model.Problem;
import org.crosscheck.model.RawClaim;
import org.crosscheck.model.RawKeyRef;
import org.crosscheck.model.RawSource;
import org.crosscheck.model.RawText;
import scala.Tuple2;

/**
 * The first read of every file, on the executors: what the driver must know before any claim is
 * normalized. That is which ids are used twice (ids are unique across all files, and the first use in
 * path order keeps its item), the file's own problems and claim count, whether it declares things
 * every key may need (entities, reference records, rates, waivers, which the driver then reads
 * itself), and which keys a duration measures between, since those keys' claims must travel to the
 * duration's key. Each id goes out keyed by itself, so the shuffle brings the uses of an id together.
 */
final class FirstPass {

    private FirstPass() {
    }

    /** The key under which a file's summary travels: never an id's key, which starts with its space's name. */
    static String summaryKey(int file) {
        return "\u0000" + file;
    }

    static String idKey(FactsFile.IdUse use) {
        return use.space() + "\u0000" + use.id();
    }

    /**
     * A duration claim's own key and the keys of the events it measures between, as written.
     */
    record Between(RawText subject, RawText property, RawKeyRef from, RawKeyRef to) implements Serializable {
    }

    /** What the driver needs of one file. */
    record Summary(int file, List<Problem> problems, int claimsRead, boolean declaresShared, List<Between> betweens)
            implements Serializable {
    }

    /** An id's use in one file. */
    record Use(int file, FactsFile.IdUse use) implements Serializable {
    }

    static Iterator<Tuple2<String, Serializable>> read(CorpusFile file, HadoopConf conf) {
        FactsFile facts = CorpusFiles.read(file, conf.get());
        List<Tuple2<String, Serializable>> out = new ArrayList<>();
        for (FactsFile.IdUse use : facts.ids()) {
            out.add(new Tuple2<>(idKey(use), new Use(file.index(), use)));
        }
        List<Between> betweens = new ArrayList<>();
        for (RawSource source : facts.input(Set.of()).sources()) {
            for (RawClaim claim : source.claims()) {
                if (claim.betweenFrom() != null && claim.betweenTo() != null) {
                    betweens.add(new Between(claim.subject(), claim.property(), claim.betweenFrom(), claim.betweenTo()));
                }
            }
        }
        out.add(new Tuple2<>(summaryKey(file.index()),
                new Summary(file.index(), facts.problems(), facts.claimsRead(), facts.declaresShared(), betweens)));
        return out.iterator();
    }
}
