package org.crosscheck.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crosscheck.load.FactsLoader;
import org.crosscheck.model.Problem;

/**
 * The facts files a snapshot was read from, with their sizes and modification times: enough to tell
 * that the facts changed since (a file edited, added or removed), without reading them. At a million
 * claims that is ten thousand file attributes, tens of milliseconds, where reading them is minutes.
 *
 * @param files each facts file's path, with its size and modification time in milliseconds
 */
public record FactsFingerprint(Map<Path, List<Long>> files) {

    public FactsFingerprint {
        files = Map.copyOf(files);
    }

    /** The facts files of {@code factsDir} as a check lists them now; none when it cannot be listed. */
    static FactsFingerprint of(Path factsDir) {
        Map<Path, List<Long>> files = new TreeMap<>();
        try {
            List<Problem> ignored = new ArrayList<>();
            for (Path file : FactsLoader.factsFiles(factsDir, ignored)) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                files.put(file, List.of(attributes.size(), attributes.lastModifiedTime().toMillis()));
            }
        } catch (FactsLoader.MissingFactsException | IOException e) {
            // a directory that cannot be listed differs from one that could: the caller sees a change
            files.clear();
        }
        return new FactsFingerprint(files);
    }
}
