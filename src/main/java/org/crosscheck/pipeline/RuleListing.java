package org.crosscheck.pipeline;

import java.util.List;
import org.crosscheck.model.RuleInfo;
import org.crosscheck.model.Settings;

/** The rules as declared in the DRL files, and the settings that change them. */
public record RuleListing(List<RuleInfo> declared, Settings settings) {

    public RuleListing {
        declared = List.copyOf(declared);
    }

    /** The rules that run, with their severity after the settings. */
    public List<RuleInfo> effective() {
        return settings.apply(declared);
    }
}
