package org.crosscheck.model;


/**
 * Where an authoritative record comes from. {@code url} and {@code date} may be null. The date keeps
 * the precision it was written with: a document dated "March 2022" is printed 2022-03, never with an
 * invented first day.
 */
public record Citation(String issuer, String document, DateValue date, String url) implements java.io.Serializable {

    @Override
    public String toString() {
        return issuer + ", " + document + (date == null ? "" : " (" + date.normalized() + ")");
    }
}
