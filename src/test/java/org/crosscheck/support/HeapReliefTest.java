package org.crosscheck.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeapReliefTest {

    private static final long MB = 1024 * 1024;

    @Test
    void collectsWhenMoreThanHalfTheHeapIsInUse() {
        assertThat(HeapRelief.crowded(1_300 * MB, 2_048 * MB)).isTrue();
        assertThat(HeapRelief.crowded(1_024 * MB + 1, 2_048 * MB)).isTrue();
    }

    @Test
    void leavesAHeapAtMostHalfFullAlone() {
        assertThat(HeapRelief.crowded(60 * MB, 6_000 * MB)).isFalse();
        assertThat(HeapRelief.crowded(1_024 * MB, 2_048 * MB)).isFalse();
    }

    @Test
    void neverCollectsForAnUnboundedHeap() {
        assertThat(HeapRelief.crowded(Long.MAX_VALUE - 1, Long.MAX_VALUE)).isFalse();
    }
}
