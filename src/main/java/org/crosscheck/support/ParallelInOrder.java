package org.crosscheck.support;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Work on independent items in parallel, with the results taken in input order, so a run gives
 * the same ids, duplicates and problems, in the same order, as one thread would. Items go a chunk
 * at a time, which bounds how many results are held at once (parsed trees, typed claims).
 */
public final class ParallelInOrder {

    /** Items in flight at once: enough to keep every core busy, few enough that their results stay small. */
    static final int CHUNK = 256;

    private ParallelInOrder() {
    }

    /**
     * @param work      what to do with one item; runs on any thread, so it must not touch shared state
     * @param take      receives each result, on the calling thread, in input order
     * @param afterChunk receives how many items are done after each chunk, for progress
     */
    public static <T, R> void map(List<T> items, Function<T, R> work, Consumer<R> take, IntConsumer afterChunk) {
        for (int from = 0; from < items.size(); from += CHUNK) {
            int to = Math.min(items.size(), from + CHUNK);
            items.subList(from, to).parallelStream().map(work).toList().forEach(take);
            afterChunk.accept(to);
        }
    }
}
