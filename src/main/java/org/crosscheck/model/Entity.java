package org.crosscheck.model;

import java.util.List;

/** A canonical id with the other names sources use for it. */
public record Entity(String id, EntityType type, String name, List<String> aliases, Location location) implements java.io.Serializable {

    public Entity {
        aliases = List.copyOf(aliases);
    }
}
