package org.crosscheck.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Work on independent items in parallel, with the results taken in input order, so a run gives
 * the same ids, duplicates and problems, in the same order, as one thread would.
 *
 * <p>One worker per core does the work while the calling thread takes the results: taking (checking
 * ids across parsed files, say) overlaps the work on later items instead of leaving the cores idle
 * between batches. At most {@link #WINDOW} items are in flight at once, which bounds how many
 * results are held (parsed trees, typed claims).
 */
public final class ParallelInOrder {

    /** Items in flight at once: enough to keep every core busy, few enough that their results stay small. */
    static final int WINDOW = 256;

    private ParallelInOrder() {
    }

    /**
     * The items as an ordered stream, on every core once there are at least {@code parallelFrom} of
     * them: a large corpus shares per-item work between the cores, while a small one does not pay for
     * waking the common pool's threads in a check that takes under a second.
     */
    public static <T> Stream<T> stream(List<T> items, int parallelFrom) {
        return items.size() < parallelFrom ? items.stream() : items.parallelStream();
    }

    /**
     * @param work       what to do with one item; runs on a worker thread, so it must not touch shared state
     * @param take       receives each result, on the calling thread, in input order
     * @param afterChunk receives how many items are done, every {@link #WINDOW} items and at the end, for progress
     */
    public static <T, R> void map(List<T> items, Function<T, R> work, Consumer<R> take, IntConsumer afterChunk) {
        int workers = Math.max(1, Math.min(items.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(workers, DaemonThreads.named("crosscheck-worker"));
        try {
            Deque<Future<R>> inFlight = new ArrayDeque<>();
            int submitted = 0;
            for (int done = 0; done < items.size(); ) {
                while (submitted < items.size() && inFlight.size() < WINDOW) {
                    T item = items.get(submitted++);
                    inFlight.add(pool.submit(() -> work.apply(item)));
                }
                take.accept(Failures.await(inFlight.poll(), "the workers were running"));
                done++;
                if (done % WINDOW == 0 || done == items.size()) {
                    afterChunk.accept(done);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
