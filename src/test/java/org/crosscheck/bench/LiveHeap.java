package org.crosscheck.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap still in use right after a garbage collection, over the run: what the run needed
 * to keep, as opposed to the peak of the heap pools, which also counts garbage not yet collected.
 */
final class LiveHeap {

    private static final AtomicLong PEAK = new AtomicLong();

    private LiveHeap() {
    }

    static void watch() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .forEach(p -> heapPools.add(p.getName()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
                    PEAK.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    static long peak() {
        return PEAK.get();
    }
}
