package dev.shequn.adapter.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.util.ArrayList;
import java.util.List;

/** The outbox in memory; events appended in a unit of work that rolls back are gone with it. */
public final class InMemoryEventOutbox implements EventOutbox {

    private final InMemoryStore store;
    private final List<StoredEvent> events = new ArrayList<>();
    private long lastSequence;

    public InMemoryEventOutbox(InMemoryStore store) {
        this.store = requireNonNull(store, "store");
    }

    @Override
    public List<Long> append(List<? extends DomainEvent> newEvents) {
        return store.locked(() -> {
            List<Long> sequences = new ArrayList<>();
            for (DomainEvent event : newEvents) {
                requireNonNull(event, "event");
                lastSequence++;
                events.add(new StoredEvent(lastSequence, event));
                sequences.add(lastSequence);
            }
            int appended = sequences.size();
            store.onRollback(() -> events.subList(events.size() - appended, events.size()).clear());
            return List.copyOf(sequences);
        });
    }

    @Override
    public List<StoredEvent> readAfter(MerchantId merchantId, long afterSequence, int limit) {
        checkArgument(limit > 0, "limit must be positive");
        return store.locked(() -> events.stream()
                .filter(e -> e.sequence() > afterSequence && e.event().merchantId().equals(merchantId))
                .limit(limit)
                .toList());
    }
}
