package org.crosscheck.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.crosscheck.engine.CompiledRules;
import org.crosscheck.engine.PortableRules;
import org.crosscheck.model.Entity;
import org.crosscheck.normalize.EntityIndex;

/**
 * What an executor JVM builds once and keeps for every task it runs: the rule base, loaded lazily
 * from the shipped model jar by the first task that needs it (every other task waits for it rather
 * than loading its own), and the entity index.
 */
final class ExecutorState {

    private static final Map<String, CompiledRules> RULES = new ConcurrentHashMap<>();
    private static final Map<Long, EntityIndex> ENTITIES = new ConcurrentHashMap<>();
    private static final java.util.concurrent.atomic.AtomicInteger LOADS = new java.util.concurrent.atomic.AtomicInteger();

    private ExecutorState() {
    }

    /** The rule base of {@code rules}, built at most once in this JVM. */
    static CompiledRules rules(PortableRules rules) {
        return RULES.computeIfAbsent(rules.source(), source -> {
            LOADS.incrementAndGet();
            return rules.load();
        });
    }

    /** How many rule bases this JVM has built: one per rule set, however many tasks ran. */
    static int ruleLoads() {
        return LOADS.get();
    }

    /** The entity index of the broadcast {@code broadcastId}, built at most once in this JVM. */
    static EntityIndex entities(long broadcastId, java.util.List<Entity> entities) {
        if (ENTITIES.size() > 4 && !ENTITIES.containsKey(broadcastId)) {
            ENTITIES.clear(); // a long-lived JVM checking many corpora keeps only the latest
        }
        return ENTITIES.computeIfAbsent(broadcastId, id -> new EntityIndex(entities));
    }
}
