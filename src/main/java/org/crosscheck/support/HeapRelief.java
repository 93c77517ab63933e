package org.crosscheck.support;

/**
 * One full garbage collection at the moment a check knows most of its heap has just become garbage:
 * when the raw claims are dropped after normalizing, about as much memory as the typed claims take.
 *
 * <p>Left to itself, G1 finds that out while the rules run, in concurrent cycles and mixed
 * collections that compete with them for the cores; at a million claims in a 2 GB heap it fell back
 * to a full collection in the middle of the rules. Collecting once, here, took about 1 s and left
 * 545 MB of 1.2–1.3 GB in use; the rules then took 13.5–18.8 s instead of 18.4–28.9 s, and the whole
 * check 59–86 s instead of 71–91 s (five alternating pairs, each pair faster with it;
 * docs/performance.md). A small check, whose heap is mostly free, is not made to pay for a
 * collection it does not need.
 * {@code -XX:+DisableExplicitGC} in {@code CROSSCHECK_JAVA_OPTS} turns it off.
 */
public final class HeapRelief {

    private HeapRelief() {
    }

    /** Collects now if more than half the heap is in use. */
    public static void collectIfCrowded() {
        Runtime runtime = Runtime.getRuntime();
        if (crowded(runtime.totalMemory() - runtime.freeMemory(), runtime.maxMemory())) {
            System.gc();
        }
    }

    /** Whether {@code used} bytes fill more than half of a heap of at most {@code max} bytes (unbounded: never). */
    static boolean crowded(long used, long max) {
        return max != Long.MAX_VALUE && used > max / 2;
    }
}
