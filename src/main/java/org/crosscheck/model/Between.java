package org.crosscheck.model;

/** What a duration claim measures: the time from one event's date to another's ("in 16 years"). */
public record Between(ClaimKey from, ClaimKey to) implements java.io.Serializable {
}
