package dev.shequn.adapter.persistence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * The outbox in two tables: {@code outbox_event} holds the events, {@code outbox_sequence} the last sequence
 * number given per merchant. Taking numbers updates the merchant's counter row, which locks it until the
 * transaction ends; so a merchant's events commit in the order of their numbers and a host reading
 * {@link #readAfter} never sees number 7 before number 6 has committed, which a database sequence would allow.
 * A rolled-back transaction gives its numbers back, so there are no gaps either.
 */
public final class JdbcEventOutbox implements EventOutbox {

    private final JdbcSession session;
    private final EventTypeRegistry registry;
    private final JsonCodec json = JsonCodec.INSTANCE;

    public JdbcEventOutbox(JdbcSession session, EventTypeRegistry registry) {
        this.session = requireNonNull(session, "session");
        this.registry = requireNonNull(registry, "registry");
    }

    @Override
    public List<Long> append(List<? extends DomainEvent> events) {
        requireNonNull(events, "events");
        if (events.isEmpty()) {
            return List.of();
        }
        events.forEach(event -> registry.checkReadable(requireNonNull(event, "event")));
        return session.withHandle(handle -> handle.isInTransaction()
                ? appendIn(handle, events)
                : handle.inTransaction(own -> appendIn(own, events)));
    }

    private List<Long> appendIn(Handle handle, List<? extends DomainEvent> events) {
        Map<MerchantId, Integer> countByMerchant = new LinkedHashMap<>();
        events.forEach(event -> countByMerchant.merge(event.merchantId(), 1, Integer::sum));
        Map<MerchantId, Long> nextByMerchant = new LinkedHashMap<>();
        countByMerchant.forEach((merchant, count) -> nextByMerchant.put(merchant, reserve(handle, merchant, count) - count + 1));

        List<Long> sequences = new ArrayList<>(events.size());
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO outbox_event (merchant_id, sequence, event_type, occurred_at, payload)
                VALUES (:merchant, :sequence, :type, :occurredAt, :payload)""");
        for (DomainEvent event : events) {
            long sequence = nextByMerchant.merge(event.merchantId(), 1L, Long::sum) - 1;
            sequences.add(sequence);
            batch.bind("merchant", event.merchantId().value())
                    .bind("sequence", sequence)
                    .bind("type", event.type())
                    .bind("occurredAt", Rows.utc(event.occurredAt()))
                    .bind("payload", json.write(event))
                    .add();
        }
        batch.execute();
        return List.copyOf(sequences);
    }

    /** Takes {@code count} numbers from the merchant's counter and answers the last of them. */
    private long reserve(Handle handle, MerchantId merchant, int count) {
        for (int attempt = 0; ; attempt++) {
            if (increment(handle, merchant, count)) {
                return handle.createQuery("SELECT last_sequence FROM outbox_sequence WHERE merchant_id = :merchant")
                        .bind("merchant", merchant.value())
                        .mapTo(Long.class)
                        .one();
            }
            // The merchant's first event: two transactions may race to create the counter. The loser's insert
            // fails on the primary key; the savepoint keeps its transaction usable (PostgreSQL would otherwise
            // abort it) and the retried update then waits on the winner's row lock.
            handle.savepoint("outbox_counter");
            try {
                handle.createUpdate("INSERT INTO outbox_sequence (merchant_id, last_sequence) VALUES (:merchant, :count)")
                        .bind("merchant", merchant.value())
                        .bind("count", (long) count)
                        .execute();
                handle.releaseSavepoint("outbox_counter");
                return count;
            } catch (UnableToExecuteStatementException e) {
                handle.rollbackToSavepoint("outbox_counter");
                if (!Rows.isUniqueViolation(e) || attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private static boolean increment(Handle handle, MerchantId merchant, int count) {
        return handle.createUpdate("UPDATE outbox_sequence SET last_sequence = last_sequence + :count WHERE merchant_id = :merchant")
                .bind("merchant", merchant.value())
                .bind("count", (long) count)
                .execute() == 1;
    }

    @Override
    public List<StoredEvent> readAfter(MerchantId merchantId, long afterSequence, int limit) {
        requireNonNull(merchantId, "merchantId");
        checkArgument(limit > 0, "limit must be positive: %s", limit);
        return session.withHandle(handle -> handle.createQuery("""
                        SELECT sequence, event_type, payload FROM outbox_event
                        WHERE merchant_id = :merchant AND sequence > :after
                        ORDER BY sequence
                        LIMIT :limit""")
                .bind("merchant", merchantId.value())
                .bind("after", afterSequence)
                .bind("limit", limit)
                .map((rs, ctx) -> new StoredEvent(rs.getLong("sequence"), read(rs.getString("event_type"), rs.getString("payload"))))
                .list());
    }

    private DomainEvent read(String type, String payload) {
        Class<? extends DomainEvent> eventClass = registry.classOf(type)
                .orElseThrow(() -> new IllegalStateException("stored event type " + type + " is not registered with the outbox"));
        return json.read(payload, eventClass);
    }
}
