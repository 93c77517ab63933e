package org.crosscheck.triage;

import java.util.List;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Severity;

/** Checks crosscheck makes of its own inputs rather than of the facts; listed with the DRL rules. */
public final class BuiltInRules {

    public static final String FILE = "(built in)";

    public static final RuleInfo WAIVER_EXPIRED = new RuleInfo("WAIVER-EXPIRED", Severity.WARNING,
            "A waiver has expired; the findings it covered are open again", "built-in: waiver expired", FILE);
    public static final RuleInfo WAIVER_UNUSED = new RuleInfo("WAIVER-UNUSED", Severity.WARNING,
            "A waiver matches no finding", "built-in: waiver unused", FILE);

    public static final List<RuleInfo> ALL = List.of(WAIVER_EXPIRED, WAIVER_UNUSED);

    private BuiltInRules() {
    }
}
