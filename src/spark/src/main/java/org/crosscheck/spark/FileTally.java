package org.crosscheck.spark;

import java.io.Serializable;
import java.util.List;
import org.crosscheck.model.Problem;

/** One file's part of the accounting after normalizing: its sources, its checked claims, its problems. */
record FileTally(int file, int sources, int checked, List<Problem> problems) implements Serializable {
}
