package org.crosscheck.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    @Test
    void theDeclaredCheckedTypeUncheckedExceptionsAndErrorsAreThrownAsTheyWere() {
        IOException diskFull = new IOException("disk full");
        IllegalArgumentException bug = new IllegalArgumentException("bug");
        OutOfMemoryError heap = new OutOfMemoryError("heap");

        assertThatThrownBy(() -> Failures.rethrow(diskFull, IOException.class)).isSameAs(diskFull);
        assertThatThrownBy(() -> Failures.rethrow(bug, IOException.class)).isSameAs(bug);
        assertThatThrownBy(() -> Failures.rethrow(heap, IOException.class)).isSameAs(heap);
    }

    @Test
    void anotherCheckedExceptionIsWrappedAndNothingIsThrownForNone() {
        TimeoutException late = new TimeoutException("late");

        assertThatThrownBy(() -> Failures.rethrow(late, IOException.class))
                .isInstanceOf(IllegalStateException.class).hasCause(late);
        assertThatCode(() -> Failures.rethrow(null, IOException.class)).doesNotThrowAnyException();
    }

    @Test
    void awaitGivesTheResultOrWhatTheTaskThrew() {
        java.util.concurrent.CompletableFuture<String> done = java.util.concurrent.CompletableFuture.completedFuture("rules");
        java.util.concurrent.CompletableFuture<String> failed = new java.util.concurrent.CompletableFuture<>();
        OutOfMemoryError heap = new OutOfMemoryError("heap");
        failed.completeExceptionally(heap);

        org.assertj.core.api.Assertions.assertThat(Failures.await(done, "building")).isEqualTo("rules");
        assertThatThrownBy(() -> Failures.await(failed, "building")).isSameAs(heap);
    }
}
