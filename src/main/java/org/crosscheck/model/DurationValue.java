package org.crosscheck.model;

/**
 * A length of time ("90 days", "16 years", "nearly two years") with its bounds in days.
 *
 * @param iso ISO 8601 duration as written in whole units ("P90D", "P16Y")
 */
public record DurationValue(String asWritten, String iso, Hedge hedge, long minDays, long maxDays)
        implements java.io.Serializable, Value {

    @Override
    public ValueKind kind() {
        return ValueKind.DURATION;
    }

    @Override
    public String normalized() {
        // an unspecified count ("PXM", a few months) already says it is vague
        return hedge == Hedge.EXACT || iso.contains("X") ? iso : hedge.label() + " " + iso;
    }
}
