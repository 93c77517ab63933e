package org.crosscheck.spark;

import java.io.Serializable;

/**
 * One facts file of the corpus, as the driver listed it.
 *
 * @param index   its place in path order, which decides which of two uses of an id comes first
 * @param path    the file's full Hadoop path (file:, hdfs:, s3a: ...)
 * @param display how messages and reports name it: the facts path as given, then the file inside it,
 *                as the command line names it
 * @param size    its length in bytes
 */
record CorpusFile(int index, String path, String display, long size) implements Serializable {
}
