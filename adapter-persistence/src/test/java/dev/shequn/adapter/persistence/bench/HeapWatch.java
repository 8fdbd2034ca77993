package dev.shequn.adapter.persistence.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.ListenerNotFoundException;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Watches the heap while a benchmark runs: the most heap in use at any sample (garbage included, so bounded by
 * {@code -Xmx} rather than by what the work keeps), and the most heap still in use right after a garbage
 * collection, which is what the work really holds on to.
 */
final class HeapWatch implements AutoCloseable {

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakRetained = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "heap-watch");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Runnable> unsubscribe = new ArrayList<>();

    HeapWatch() {
        sampler.scheduleAtFixedRate(this::sample, 0, 20, TimeUnit.MILLISECONDS);
        NotificationListener listener = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long retained = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> isHeapPool(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed())
                        .sum();
                peakRetained.accumulateAndGet(retained, Math::max);
            }
        };
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                unsubscribe.add(() -> {
                    try {
                        emitter.removeNotificationListener(listener);
                    } catch (ListenerNotFoundException e) {
                        throw new IllegalStateException(e);
                    }
                });
            }
        }
    }

    private static boolean isHeapPool(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == MemoryType.HEAP);
    }

    private void sample() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        peakUsed.accumulateAndGet(heap.getUsed(), Math::max);
    }

    long peakUsed() {
        sample();
        return peakUsed.get();
    }

    long peakRetainedAfterGc() {
        return peakRetained.get();
    }

    @Override
    public void close() {
        sampler.shutdownNow();
        unsubscribe.forEach(Runnable::run);
    }
}
