package org.crosscheck.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelInOrderTest {

    @Test
    void resultsAreTakenInInputOrderOnTheCallingThreadEvenWhenLaterItemsFinishFirst() {
        CountDownLatch lastDone = new CountDownLatch(1);
        List<Integer> items = IntStream.range(0, 600).boxed().toList();
        List<Integer> taken = new ArrayList<>();
        List<Thread> takers = new ArrayList<>();

        ParallelInOrder.map(items, i -> {
            if (i == 0) {
                await(lastDone); // the first item finishes after a later one (given a second core)
            }
            if (i == 5) {
                lastDone.countDown();
            }
            return i * 2;
        }, r -> {
            taken.add(r);
            takers.add(Thread.currentThread());
        }, done -> { });

        assertThat(taken).containsExactlyElementsOf(items.stream().map(i -> i * 2).toList());
        assertThat(takers).containsOnly(Thread.currentThread());
    }

    @Test
    void reportsProgressEveryWindowAndAtTheEnd() {
        List<Integer> progress = new ArrayList<>();

        ParallelInOrder.map(IntStream.range(0, 600).boxed().toList(), i -> i, r -> { }, progress::add);

        assertThat(progress).containsExactly(256, 512, 600);
    }

    @Test
    void neverHoldsMoreThanAWindowOfItemsNotYetTaken() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger taken = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();

        ParallelInOrder.map(IntStream.range(0, 2_000).boxed().toList(), i -> {
            int ahead = started.incrementAndGet() - taken.get();
            most.accumulateAndGet(ahead, Math::max);
            return i;
        }, r -> taken.incrementAndGet(), done -> { });

        assertThat(taken.get()).isEqualTo(2_000);
        assertThat(most.get()).isBetween(1, ParallelInOrder.WINDOW);
    }

    @Test
    void whatAWorkerThrowsIsThrownAsItWasAfterTheItemsBeforeItAreTaken() {
        List<Integer> taken = new ArrayList<>();
        IllegalArgumentException broken = new IllegalArgumentException("item 3 is broken");

        assertThatThrownBy(() -> ParallelInOrder.map(List.of(0, 1, 2, 3, 4), i -> {
            if (i == 3) {
                throw broken;
            }
            return i;
        }, taken::add, done -> { })).isSameAs(broken);
        assertThat(taken).containsExactly(0, 1, 2);
    }

    @Test
    void noItemsMeansNoWorkAndNoProgress() {
        List<Integer> progress = new ArrayList<>();

        ParallelInOrder.map(List.<Integer>of(), i -> i, r -> { }, progress::add);

        assertThat(progress).isEmpty();
    }

    /** Waits for the latch, or a while: with one core the later item cannot run until this one ends. */
    private static void await(CountDownLatch latch) {
        try {
            latch.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
