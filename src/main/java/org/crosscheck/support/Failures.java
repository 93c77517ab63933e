package org.crosscheck.support;

/** What a task on another thread threw, thrown again on the thread that waited for it. */
public final class Failures {

    private Failures() {
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
