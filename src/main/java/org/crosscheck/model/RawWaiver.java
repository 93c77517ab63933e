package org.crosscheck.model;

import java.util.List;

/** A waiver as read; subject not yet resolved, expiry not yet parsed (may be null). */
public record RawWaiver(String ruleId, RawText subject, RawText property, List<String> claimIds, String reason,
        String by, RawText expires, Location location) implements java.io.Serializable {

    public RawWaiver {
        claimIds = List.copyOf(claimIds);
    }
}
