package org.crosscheck.model;

/** The stages of a check, in the order they run. */
public enum Phase {
    LOAD("load"),
    RULE_BUILD("build rules"),
    NORMALIZE("normalize"),
    ENGINE("run rules"),
    TRIAGE("triage"),
    REPORTS("write reports"),
    /** {@code crosscheck extract --texts}: candidate claims read from an archive's articles. */
    EXTRACT("extract");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
