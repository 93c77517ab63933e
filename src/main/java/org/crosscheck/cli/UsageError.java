package org.crosscheck.cli;

/**
 * A mistake in how crosscheck was called (an option's value, an environment variable) found after
 * parsing: one line saying what to do, exit code 2, never a stack trace.
 */
final class UsageError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UsageError(String message) {
        super(message, null, false, false);
    }
}
