package org.crosscheck.cli;

import org.crosscheck.model.Outcome;

/** The process exit codes, documented in --help and the README. */
public enum ExitCode {
    /** No finding at or above --fail-on. */
    OK(0, "no finding at or above --fail-on"),
    /** At least one finding at or above --fail-on. */
    FINDINGS(1, "findings at or above --fail-on"),
    /** The facts, rules or options are invalid; the messages say where. */
    INVALID_INPUT(2, "invalid input, rules or options"),
    /** A bug in crosscheck; please report it with the --debug output. */
    INTERNAL_ERROR(3, "internal error");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    public String meaning() {
        return meaning;
    }

    public static ExitCode of(Outcome outcome) {
        return switch (outcome) {
            case PASS -> OK;
            case FAIL -> FINDINGS;
            case INVALID_INPUT -> INVALID_INPUT;
        };
    }
}
