package dev.shequn.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.shequn.adapter.persistence.support.PersistenceBackend;
import dev.shequn.adapter.persistence.support.TestEvents.SomethingJoined;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What every {@link UnitOfWork} adapter promises, observed through the writes of the outbox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractUnitOfWorkContractTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    private PersistenceBackend backend;
    private UnitOfWork unitOfWork;
    private EventOutbox outbox;

    protected abstract PersistenceBackend openBackend();

    @BeforeAll
    void open() {
        backend = openBackend();
        unitOfWork = backend.unitOfWork();
        outbox = backend.eventOutbox();
    }

    @AfterAll
    void close() {
        backend.close();
    }

    private static MerchantId aMerchant() {
        return new MerchantId("m-" + UUID.randomUUID());
    }

    private List<String> membersIn(MerchantId merchant) {
        return outbox.readAfter(merchant, 0, 100).stream().map(e -> ((SomethingJoined) e.event()).memberId()).toList();
    }

    @Test
    void givenWork_whenItReturns_thenItsResultComesBackAndItsWritesStay() {
        MerchantId merchant = aMerchant();

        String result = unitOfWork.inTransaction(() -> {
            outbox.append(List.of(new SomethingJoined(merchant, AT, "member-1")));
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(membersIn(merchant)).containsExactly("member-1");
    }

    @Test
    void givenNestedWork_whenTheOuterFails_thenTheInnerWritesAreRolledBackToo() {
        MerchantId merchant = aMerchant();

        assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> unitOfWork.inTransaction(() -> {
            unitOfWork.inTransaction(() -> outbox.append(List.of(new SomethingJoined(merchant, AT, "inner"))));
            outbox.append(List.of(new SomethingJoined(merchant, AT, "outer")));
            throw new IllegalArgumentException("refused after two writes");
        })).withMessage("refused after two writes");

        assertThat(membersIn(merchant)).isEmpty();
    }

    @Test
    void givenNestedWork_whenBothSucceed_thenBothWritesStay() {
        MerchantId merchant = aMerchant();

        unitOfWork.inTransaction(() -> {
            outbox.append(List.of(new SomethingJoined(merchant, AT, "outer")));
            return unitOfWork.inTransaction(() -> outbox.append(List.of(new SomethingJoined(merchant, AT, "inner"))));
        });

        assertThat(membersIn(merchant)).containsExactly("outer", "inner");
    }

    @Test
    void givenAFailedUnitOfWork_whenTheNextOneRuns_thenItStartsClean() {
        MerchantId merchant = aMerchant();
        assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> unitOfWork.inTransaction(() -> {
            outbox.append(List.of(new SomethingJoined(merchant, AT, "lost")));
            throw new IllegalStateException("boom");
        }));

        unitOfWork.inTransaction(() -> outbox.append(List.of(new SomethingJoined(merchant, AT, "kept"))));

        assertThat(membersIn(merchant)).containsExactly("kept");
    }
}
