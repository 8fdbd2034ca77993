package dev.shequn.adapter.rest;

import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.util.ArrayList;
import java.util.List;

/** A list-backed outbox for the black-box tests, so they can append events the feed must show. */
final class TestOutbox implements EventOutbox {

    private final List<StoredEvent> events = new ArrayList<>();

    @Override
    public synchronized List<Long> append(List<? extends DomainEvent> toAppend) {
        List<Long> sequences = new ArrayList<>();
        for (DomainEvent event : toAppend) {
            long sequence = events.size() + 1L;
            events.add(new StoredEvent(sequence, event));
            sequences.add(sequence);
        }
        return sequences;
    }

    @Override
    public synchronized List<StoredEvent> readAfter(MerchantId merchantId, long afterSequence, int limit) {
        return events.stream()
                .filter(e -> e.event().merchantId().equals(merchantId) && e.sequence() > afterSequence)
                .limit(limit)
                .toList();
    }
}
