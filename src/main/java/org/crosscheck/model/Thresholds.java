package org.crosscheck.model;

/**
 * Numbers rules compare against, set in crosscheck.yaml. Inserted into the rule session as a fact,
 * so an editor's rule reads them instead of hard-coding them.
 *
 * @param nearMissDays   dates at most this many days apart are a near miss (warning), not a conflict
 * @param rateMaxAgeDays an exchange rate is used only within this many days of the publication date
 * @param approxPercent  how far "about", "some", "maybe" let a number stray, and the most rounding allowed
 */
public record Thresholds(int nearMissDays, int rateMaxAgeDays, int approxPercent) implements java.io.Serializable {

    public static final Thresholds DEFAULT = new Thresholds(45, 31, 10);
}
