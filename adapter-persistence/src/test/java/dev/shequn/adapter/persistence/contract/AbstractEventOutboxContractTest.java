package dev.shequn.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.shequn.adapter.persistence.support.PersistenceBackend;
import dev.shequn.adapter.persistence.support.TestEvents.Renamed;
import dev.shequn.adapter.persistence.support.TestEvents.SomethingJoined;
import dev.shequn.adapter.persistence.support.TestEvents.SomethingPriced;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.EventOutbox.StoredEvent;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link EventOutbox} adapter promises; each test works on a merchant of its own. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractEventOutboxContractTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:15:30.123456Z");

    private PersistenceBackend backend;
    private EventOutbox outbox;

    protected abstract PersistenceBackend openBackend();

    @BeforeAll
    void open() {
        backend = openBackend();
        outbox = backend.eventOutbox();
    }

    @AfterAll
    void close() {
        backend.close();
    }

    private static MerchantId aMerchant() {
        return new MerchantId("m-" + UUID.randomUUID());
    }

    private List<Long> appendInTransaction(List<? extends DomainEvent> events) {
        return backend.unitOfWork().inTransaction(() -> outbox.append(events));
    }

    @Test
    void givenEvents_whenAppendedAndReadBack_thenTheyAreEqualAndInOrder() {
        MerchantId merchant = aMerchant();
        List<DomainEvent> events = List.of(
                new SomethingJoined(merchant, AT, "member-1"),
                new SomethingPriced(merchant, AT.plusSeconds(1), Money.of("12.50", "CNY"), List.of("sku-1", "sku-2")),
                new Renamed(merchant, AT.plusSeconds(2)));

        List<Long> sequences = appendInTransaction(events);
        List<StoredEvent> stored = outbox.readAfter(merchant, 0, 10);

        assertThat(sequences).hasSize(3).isSorted().doesNotHaveDuplicates();
        assertThat(sequences.get(0)).isPositive();
        assertThat(stored).extracting(StoredEvent::event).containsExactlyElementsOf(events);
        assertThat(stored).extracting(StoredEvent::sequence).containsExactlyElementsOf(sequences);
        assertThat(stored.get(2).event().type()).isEqualTo("LegacyName");
    }

    @Test
    void givenSeveralAppends_whenNumbered_thenSequencesOnlyGrow() {
        MerchantId merchant = aMerchant();
        List<Long> all = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            all.addAll(appendInTransaction(List.of(new SomethingJoined(merchant, AT, "member-" + i),
                    new SomethingJoined(merchant, AT, "again-" + i))));
        }

        assertThat(all).hasSize(10).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void givenAPosition_whenReadingAfterItWithALimit_thenOnlyTheNextEventsComeBack() {
        MerchantId merchant = aMerchant();
        List<Long> sequences = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sequences.addAll(appendInTransaction(List.of(new SomethingJoined(merchant, AT, "member-" + i))));
        }

        List<StoredEvent> page = outbox.readAfter(merchant, sequences.get(1), 3);

        assertThat(page).extracting(StoredEvent::sequence).containsExactlyElementsOf(sequences.subList(2, 5));
        assertThat(page).extracting(e -> ((SomethingJoined) e.event()).memberId())
                .containsExactly("member-2", "member-3", "member-4");
        assertThat(outbox.readAfter(merchant, sequences.get(5), 10)).isEmpty();
        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> outbox.readAfter(merchant, 0, 0));
    }

    @Test
    void givenTwoMerchants_whenOneAppends_thenTheOtherSeesNothing() {
        MerchantId olive = aMerchant();
        MerchantId tea = aMerchant();
        appendInTransaction(List.of(new SomethingJoined(olive, AT, "member-1"), new SomethingJoined(tea, AT, "member-9"),
                new SomethingJoined(olive, AT, "member-2")));

        assertThat(outbox.readAfter(olive, 0, 10)).extracting(e -> ((SomethingJoined) e.event()).memberId())
                .containsExactly("member-1", "member-2");
        assertThat(outbox.readAfter(tea, 0, 10)).extracting(e -> ((SomethingJoined) e.event()).memberId())
                .containsExactly("member-9");
        assertThat(outbox.readAfter(aMerchant(), 0, 10)).isEmpty();
    }

    @Test
    void givenAUnitOfWorkThatFailsAfterAppending_whenRolledBack_thenNoEventRemains() {
        MerchantId merchant = aMerchant();
        appendInTransaction(List.of(new SomethingJoined(merchant, AT, "kept")));

        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> backend.unitOfWork().inTransaction(() -> {
            outbox.append(List.of(new SomethingJoined(merchant, AT, "lost-1")));
            outbox.append(List.of(new SomethingJoined(merchant, AT, "lost-2")));
            throw new IllegalStateException("the use case fails after its writes");
        }));

        assertThat(outbox.readAfter(merchant, 0, 10)).extracting(e -> ((SomethingJoined) e.event()).memberId())
                .containsExactly("kept");
    }

    @Test
    void givenNoEvents_whenAppended_thenNothingIsNumbered() {
        assertThat(appendInTransaction(List.of())).isEmpty();
    }

    @Test
    void givenConcurrentUnitsOfWork_whenAppendingForOneMerchant_thenEveryEventGetsItsOwnNumber() throws Exception {
        MerchantId merchant = aMerchant();
        int threads = 8;
        int perThread = 10;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                        mine.addAll(appendInTransaction(List.of(new SomethingJoined(merchant, AT, thread + "-" + i))));
                    }
                    return mine;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> future : futures) {
                all.addAll(future.get());
            }

            assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
            List<StoredEvent> stored = outbox.readAfter(merchant, 0, 1000);
            assertThat(stored).hasSize(threads * perThread);
            assertThat(stored).extracting(StoredEvent::sequence).isSorted().containsExactlyInAnyOrderElementsOf(all);
        } finally {
            pool.shutdownNow();
        }
    }
}
