package org.crosscheck.report;

import org.crosscheck.model.CheckResult;
import org.crosscheck.model.Outcome;

/** The words reports use for a run's outcome. */
final class Outcomes {

    private Outcomes() {
    }

    /** "pass" or "fail": invalid input fails, since the run could not check everything. */
    static String result(CheckResult result) {
        return result.outcome() == Outcome.PASS ? "pass" : "fail";
    }

    static String headline(CheckResult result) {
        return switch (result.outcome()) {
            case PASS -> "PASS";
            case FAIL -> "FAIL";
            case INVALID_INPUT -> "FAIL (invalid input)";
        };
    }
}
