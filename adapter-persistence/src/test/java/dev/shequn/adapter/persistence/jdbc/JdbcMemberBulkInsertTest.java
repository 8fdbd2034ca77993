package dev.shequn.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.shequn.adapter.persistence.support.Aggregates;
import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbcMemberBulkInsertTest {

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
    void givenNewMembers_whenInsertedInBulk_thenEachReadsBackAsIfSavedOneByOne() {
        MerchantId merchant = new MerchantId("bulk-shop");
        List<Member> members = IntStream.range(0, 250).mapToObj(i -> Aggregates.member(merchant, "m-" + i)).toList();

        backend.storage().members().insertAll(members);

        assertThat(backend.members().findPage(merchant, Optional.empty(), 1000)).hasSize(250);
        assertThat(backend.members().find(merchant, new MemberId("m-7"))).get()
                .usingRecursiveComparison().ignoringFields("version").isEqualTo(members.get(7));
        assertThat(backend.members().find(merchant, new MemberId("m-7")).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void givenAStoredOrTakenMember_whenInsertedInBulk_thenTheBatchIsRefused() {
        MerchantId merchant = new MerchantId("bulk-shop-2");
        backend.members().save(Aggregates.member(merchant, "taken"));
        Member loaded = backend.members().find(merchant, new MemberId("taken")).orElseThrow();

        assertThatIllegalArgumentException().isThrownBy(() -> backend.storage().members().insertAll(List.of(loaded)));
        assertThatExceptionOfType(UnableToExecuteStatementException.class).isThrownBy(() -> backend.unitOfWork()
                .inTransaction(() -> {
                    backend.storage().members().insertAll(List.of(Aggregates.member(merchant, "fresh"),
                            Aggregates.member(merchant, "taken")));
                    return null;
                }));
        assertThat(backend.members().find(merchant, new MemberId("fresh"))).isEmpty();
    }
}
