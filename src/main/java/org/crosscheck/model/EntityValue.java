package org.crosscheck.model;

/** A value that names an entity (who holds an office, which country): compared by canonical id. */
public record EntityValue(String asWritten, String entityId) implements java.io.Serializable, Value {

    @Override
    public ValueKind kind() {
        return ValueKind.ENTITY;
    }

    @Override
    public String normalized() {
        return entityId;
    }
}
