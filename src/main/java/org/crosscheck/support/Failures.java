package org.crosscheck.support;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** What a task on another thread threw, thrown again on the thread that waited for it. */
public final class Failures {

    private Failures() {
    }

    /**
     * The task's result; what the task threw (out of memory, say) is thrown here as it was.
     *
     * @param doing what the task does, for the message when the waiting thread is interrupted
     */
    public static <T> T await(Future<T> task, String doing) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + doing, e);
        } catch (ExecutionException e) {
            rethrow(e.getCause(), RuntimeException.class);
            throw new IllegalStateException(e);
        }
    }

    /**
     * Throws {@code thrown} as it was when it is unchecked or of the checked type the caller
     * declares, so an out-of-memory error or a disk-full stays what it is; anything else is wrapped.
     * Does nothing when {@code thrown} is null.
     */
    public static <X extends Exception> void rethrow(Throwable thrown, Class<X> declared) throws X {
        if (thrown == null) {
            return;
        }
        if (declared.isInstance(thrown)) {
            throw declared.cast(thrown);
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(thrown);
    }
}
