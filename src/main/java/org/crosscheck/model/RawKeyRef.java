package org.crosscheck.model;

/** A reference to a key (subject + property) as written, before the subject's alias is resolved. */
public record RawKeyRef(RawText subject, RawText property) implements java.io.Serializable {
}
