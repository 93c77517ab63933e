package org.crosscheck.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * What one stat call says of a facts file: size, time, and its inode (the file system's key for it),
 * as Git's index keeps them. Enough to tell that a file may have changed without reading it; a file
 * replaced by another of the same size and time (a copy that keeps times, a restore from an archive)
 * has a new inode.
 */
public record FileStat(long size, long mtimeNanos, String inode) {

    /** Null when the file cannot be stated now: never taken as unchanged. */
    public static FileStat of(Path file) {
        try {
            return of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return null;
        }
    }

    /** What a stat call already made says, such as the one listing the facts directory made of each file. */
    public static FileStat of(BasicFileAttributes attributes) {
        Object key = attributes.fileKey();
        return new FileStat(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), key == null ? "" : key.toString());
    }
}
