package org.crosscheck.model;

import java.time.LocalDate;

/** Where an authoritative record comes from. {@code url} and {@code date} may be null. */
public record Citation(String issuer, String document, LocalDate date, String url) implements java.io.Serializable {

    @Override
    public String toString() {
        return issuer + ", " + document + (date == null ? "" : " (" + date + ")");
    }
}
