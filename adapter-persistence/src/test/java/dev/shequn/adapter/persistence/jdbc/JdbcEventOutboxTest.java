package dev.shequn.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.adapter.persistence.support.TestEvents;
import dev.shequn.adapter.persistence.support.TestEvents.SomethingJoined;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What only the JDBC outbox has: the type registry, and the JSON a host reads. */
class JdbcEventOutboxTest {

    private static final MerchantId MERCHANT = new MerchantId("olive-shop");
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    record Unregistered(MerchantId merchantId, Instant occurredAt) implements DomainEvent {}

    private static JdbcBackend backend;

    @BeforeAll
    static void open() {
        backend = JdbcBackend.h2();
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    @Test
    void givenAnEventTypeTheRegistryDoesNotKnow_whenAppended_thenItIsRefusedBeforeAnythingIsWritten() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> backend.eventOutbox().append(List.of(new SomethingJoined(MERCHANT, AT, "a"),
                        new Unregistered(MERCHANT, AT))))
                .withMessageContaining("Unregistered");

        assertThat(backend.eventOutbox().readAfter(MERCHANT, 0, 10)).isEmpty();
    }

    @Test
    void givenARegistry_whenBuiltFromAHolderOrASealedFamily_thenEveryRecordInItIsKnown() {
        EventTypeRegistry registry = EventTypeRegistry.builder()
                .registerSealed(TestEvents.class)
                .registerNested(JdbcEventOutboxTest.class)
                .build();

        assertThat(registry.classOf("SomethingJoined")).contains(SomethingJoined.class);
        assertThat(registry.classOf("SomethingPriced")).contains(TestEvents.SomethingPriced.class);
        assertThat(registry.classOf("Unregistered")).contains(Unregistered.class);
        assertThat(registry.classOf("Nothing")).isEmpty();
    }

    @Test
    void givenAnEvent_whenStored_thenItsPayloadIsPlainJsonWithIsoInstants() {
        backend.unitOfWork().inTransaction(() -> backend.eventOutbox().append(List.of(
                new TestEvents.SomethingPriced(new MerchantId("json-shop"), AT,
                        dev.shequn.adapter.persistence.support.Aggregates.cny("12.50"), List.of("sku-1")))));

        String payload = backend.storage().session().withHandle(h -> h.createQuery(
                "SELECT payload FROM outbox_event WHERE merchant_id = 'json-shop'").mapTo(String.class).one());

        assertThat(payload).isEqualTo("{\"merchantId\":{\"value\":\"json-shop\"},\"occurredAt\":\"2026-03-01T08:00:00Z\","
                + "\"total\":{\"currency\":\"CNY\",\"minorUnits\":1250},\"skus\":[\"sku-1\"]}");
    }
}
