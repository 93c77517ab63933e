package org.crosscheck.model;

import java.util.List;

/** Findings accepted as they were when the baseline was written, by identity (rule, key, claims). */
public record Baseline(String file, List<Entry> entries) {

    public Baseline {
        entries = List.copyOf(entries);
    }

    public record Entry(String ruleId, ClaimKey key, List<String> claimIds) {

        public Entry {
            claimIds = List.copyOf(claimIds);
        }

        public String identity() {
            return Finding.identity(ruleId, key, claimIds);
        }
    }
}
