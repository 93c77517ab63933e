package org.crosscheck.model;

/** An exchange rate as read; rate and dates not yet parsed. {@code citationDate} may be null. */
public record RawRate(String id, String from, String to, RawText rate, RawText date, String issuer, String document,
        RawText citationDate, String url, Location location) implements java.io.Serializable {
}
