package org.crosscheck.desk;

/** A request the desk answers with an error status, what is wrong and how to fix it; never a stack trace. */
final class DeskException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String hint;
    private final String location;

    DeskException(int status, String message, String hint) {
        this(status, message, hint, null);
    }

    /** @param location where a redirect (3xx) sends the browser */
    DeskException(int status, String message, String hint, String location) {
        super(message, null, false, false);
        this.status = status;
        this.hint = hint;
        this.location = location;
    }

    int status() {
        return status;
    }

    String hint() {
        return hint;
    }

    String location() {
        return location;
    }
}
