package org.crosscheck.engine;

import java.lang.management.ManagementFactory;

/**
 * The heap ran out on a rule worker. Whether a rule or the corpus is to blame is decided from what
 * the firing under way had allocated by then: the rules' consequences write a finding or two, a few
 * kilobytes, so a firing that has allocated a quarter of the heap is a rule that allocates without
 * bound (a loop adding to a list, a string built without end). Anything else, including the heap
 * running out in a condition, between firings or where the allocation cannot be measured, is left
 * to the usual "the corpus needs more heap" message, as an out-of-memory error.
 *
 * <p>Drools has no memory budget of its own (its time-out is {@code halt()}, and only between
 * firings), and an {@link OutOfMemoryError} in a consequence reaches the worker unwrapped; the JVM
 * counts what each thread allocates, which is what is read here.
 */
final class HeapRanOut extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The share of the heap one firing must have allocated to be blamed: a quarter. */
    static final int BLAME_DIVISOR = 4;

    /** The rule firing when the heap ran out on this thread; null when none was (a condition, or between firings). */
    final String rule;
    /** Bytes the firing had allocated when the heap ran out; -1 when unknown. */
    final long allocated;
    final transient OutOfMemoryError error;

    HeapRanOut(String rule, long allocated, OutOfMemoryError error) {
        super("out of memory", null, false, false);
        this.rule = rule;
        this.allocated = allocated;
        this.error = error;
    }

    /**
     * Whether the firing, not the corpus, used up the heap of {@code maxHeap} bytes: it allocated a
     * quarter of it, or asked for one array larger than any heap holds.
     */
    boolean blamesTheRule(long maxHeap) {
        return rule != null && (beyondTheJvmsLimit() || allocated >= 0 && allocated >= maxHeap / BLAME_DIVISOR);
    }

    /** The JVM's word for an array of more elements than it allows, whatever the heap. */
    boolean beyondTheJvmsLimit() {
        return error != null && String.valueOf(error.getMessage()).contains("exceeds VM limit");
    }

    /** Bytes this thread has allocated since it started, or -1 where the JVM does not count them. */
    static long allocatedByThisThread() {
        return Meter.THREADS == null ? -1 : Meter.THREADS.getCurrentThreadAllocatedBytes();
    }

    /** The JVM's per-thread allocation counter, when it has one that is switched on. */
    private static final class Meter {
        static final com.sun.management.ThreadMXBean THREADS = counter();

        private static com.sun.management.ThreadMXBean counter() {
            try {
                if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                        && threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled()) {
                    return threads;
                }
            } catch (RuntimeException | LinkageError e) {
                // no counter: a rule that runs out of heap is then not told from a large corpus
            }
            return null;
        }
    }
}
