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

    /** The exit-code table for --help; constants so picocli annotations can use them. */
    static final String HELP_OK = "0:no finding at or above --fail-on";
    static final String HELP_FINDINGS = "1:findings at or above --fail-on";
    static final String HELP_INVALID = "2:invalid input, rules or options (file:line:column messages say where)";
    static final String HELP_INTERNAL = "3:internal error (run again with --debug and report it)";

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
