package org.crosscheck.model;

/**
 * Something wrong with the input (facts, rules or configuration): where, what, and how to fix it.
 * Problems are collected, never thrown one by one, so a run can list all of them.
 */
public record Problem(Location location, String message, String hint) implements java.io.Serializable, Comparable<Problem> {

    public Problem {
        hint = hint == null ? "" : hint;
    }

    /** The one-line form printed on the console: {@code file:line:col: message (hint)}. */
    public String describe() {
        return hint.isEmpty() ? location + ": " + message : location + ": " + message + " (" + hint + ")";
    }

    @Override
    public int compareTo(Problem other) {
        int byLocation = location.compareTo(other.location);
        return byLocation != 0 ? byLocation : message.compareTo(other.message);
    }
}
