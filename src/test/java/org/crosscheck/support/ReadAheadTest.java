package org.crosscheck.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Rows read on another thread arrive in order, whole, and a failure on either side ends both. */
class ReadAheadTest {

    @Test
    void everyRowArrivesInOrderAcrossBatches() throws Exception {
        List<Integer> handled = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        ReadAhead.<Integer>run("test-reader", "numbers", row -> {
            threads.add(Thread.currentThread().getName());
            for (int i = 0; i < 5_000; i++) {
                row.accept(i);
            }
        }, handled::add);

        assertThat(handled).hasSize(5_000);
        for (int i = 0; i < handled.size(); i++) {
            assertThat(handled.get(i)).isEqualTo(i);
        }
        assertThat(threads).containsExactly("test-reader");
    }

    @Test
    void noRowsIsAnEmptyRun() throws Exception {
        List<Integer> handled = new ArrayList<>();
        ReadAhead.<Integer>run("test-reader", "numbers", row -> { }, handled::add);
        assertThat(handled).isEmpty();
    }

    @Test
    void whatTheReaderThrowsComesOutAsAnIoErrorNamingWhatWasRead() {
        AtomicInteger handled = new AtomicInteger();
        assertThatThrownBy(() -> ReadAhead.<Integer>run("test-reader", "the kept findings", row -> {
            row.accept(1);
            throw new SQLException("database disk image is malformed");
        }, r -> handled.incrementAndGet()))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot read the kept findings: database disk image is malformed");
    }

    @Test
    void whenTheHandlerFailsTheReaderIsStoppedAndClosesWhatItOpened() throws Exception {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicInteger read = new AtomicInteger();
        assertThatThrownBy(() -> ReadAhead.<Integer>run("test-reader", "numbers", row -> {
            try {
                for (int i = 0; i < 10_000_000; i++) {
                    row.accept(i);
                    read.incrementAndGet();
                }
            } finally {
                closed.set(true);
            }
        }, r -> {
            if (r == 2_000) {
                throw new IOException("No space left on device");
            }
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");

        // run returns only after the reader has ended, and the reader ran at most a few batches ahead
        assertThat(closed).isTrue();
        assertThat(read.get()).isLessThan(20_000);
    }
}
