package org.crosscheck.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.load.FileStat;
import org.crosscheck.model.Problem;

/**
 * The facts files a snapshot was read from, with what one stat says of each ({@link FileStat}, as the
 * store's check for unchanged files reads it): enough to tell
 * that the facts changed since (a file edited, added or removed), without reading them. At a million
 * claims that is ten thousand file attributes, about 0.2 s, where reading them is minutes.
 *
 * @param files each facts file's path, with its size, time and inode
 */
public record FactsFingerprint(Map<Path, FileStat> files) {

    public FactsFingerprint {
        files = Map.copyOf(files);
    }

    /** The facts files of {@code factsDir} as a check lists them now; none when it cannot be listed. */
    static FactsFingerprint of(Path factsDir) {
        Map<Path, FileStat> files = new TreeMap<>();
        try {
            List<Problem> ignored = new ArrayList<>();
            FactsLoader.Listing listing = FactsLoader.listFacts(factsDir, ignored);
            for (int i = 0; i < listing.files().size(); i++) {
                Path file = listing.files().get(i);
                // the listing's own stat, as the store's check takes it; a file reached through a link is stated here
                FileStat stat = listing.stats().get(i) != null ? listing.stats().get(i) : FileStat.of(file);
                if (stat == null) { // a file that cannot be stated: as if the directory could not be listed
                    return new FactsFingerprint(Map.of());
                }
                files.put(file, stat);
            }
        } catch (FactsLoader.MissingFactsException e) {
            // a directory that cannot be listed differs from one that could: the caller sees a change
            files.clear();
        }
        return new FactsFingerprint(files);
    }
}
