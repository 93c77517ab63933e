package org.crosscheck.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.broadcast.Broadcast;
import org.crosscheck.load.FactsFile;
import org.crosscheck.model.Claim;
import org.crosscheck.model.ClaimKey;
import org.crosscheck.normalize.Normalizer;
import org.crosscheck.normalize.Tolerance;
import scala.Tuple2;

/**
 * The second read of every file, on the executors: its sources normalized against all entities (the
 * command line's {@link Normalizer}), less the items that reused an id, each claim keyed for the
 * shuffle by its key, and sent once more to every key whose rules reach for it. The file's tally
 * travels too, so the accounting comes out of the same stage as the findings.
 */
final class SecondPass {

    private SecondPass() {
    }

    static Iterator<Tuple2<ShuffleKey, Serializable>> read(CorpusFile file, HadoopConf conf, Broadcast<Shared> broadcast) {
        Shared shared = broadcast.value();
        FactsFile facts = CorpusFiles.read(file, conf.get());
        Normalizer normalizer = new Normalizer(Tolerance.ofPercent(shared.settings().thresholds().approxPercent()));
        Normalizer.NormalizedSources done = normalizer.normalizeSources(
                facts.input(shared.taken().getOrDefault(file.index(), Set.of())).sources(),
                ExecutorState.entities(broadcast.id(), shared.entities()));
        List<Tuple2<ShuffleKey, Serializable>> out = new ArrayList<>(done.claims().size() + 1);
        for (Claim claim : done.claims()) {
            out.add(new Tuple2<>(new ShuffleKey(claim.key(), ShuffleKey.CLAIM, claim.id()), claim));
            for (ClaimKey reaching : shared.needs().getOrDefault(claim.key(), Set.of())) {
                out.add(new Tuple2<>(new ShuffleKey(reaching, ShuffleKey.INDEX, claim.id()), claim));
            }
        }
        out.add(new Tuple2<>(new ShuffleKey(ShuffleKey.TALLIES, ShuffleKey.TALLY, Integer.toString(file.index())),
                new FileTally(file.index(), done.sources().size(), done.claims().size(), done.problems())));
        return out.iterator();
    }
}
