package dev.shequn.application.port.out;

import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;

/**
 * Domain events waiting for hosts to consume, per merchant, in the order they were appended, each with a
 * sequence number that only grows. Appended inside the unit of work of the change they describe.
 */
public interface EventOutbox {

    /** Appends in order; answers the sequence number given to each event. */
    List<Long> append(List<? extends DomainEvent> events);

    /** The merchant's events with a sequence number above {@code afterSequence}, oldest first, at most {@code limit}. */
    List<StoredEvent> readAfter(MerchantId merchantId, long afterSequence, int limit);

    record StoredEvent(long sequence, DomainEvent event) {}
}
