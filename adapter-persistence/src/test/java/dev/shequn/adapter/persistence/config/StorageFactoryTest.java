package dev.shequn.adapter.persistence.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.shequn.adapter.persistence.support.Aggregates;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.application.Shequn;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StorageFactoryTest {

    @TempDir
    Path temp;

    @Test
    void givenNoDataDirectory_whenTheEmbeddedStorageOpens_thenItCreatesTheH2FileAndKeepsDataAcrossRestarts() {
        Path directory = temp.resolve("nested/shequn-data");
        MerchantId merchant = new MerchantId("olive-shop");

        try (Storage storage = StorageFactory.open(new StorageConfig.EmbeddedFile(directory))) {
            assertThat(storage.dialect()).isEqualTo(Dialect.H2);
            storage.merchants().save(Merchant.create(merchant, "Olive oil shop", Aggregates.CNY, Aggregates.T0));
        }
        assertThat(Files.exists(directory.resolve("shequn.mv.db"))).isTrue();

        try (Storage reopened = StorageFactory.open(new StorageConfig.EmbeddedFile(directory))) {
            assertThat(reopened.merchants().find(merchant)).get().extracting(Merchant::name).isEqualTo("Olive oil shop");
        }
    }

    @Test
    void givenTheEmbeddedFile_whenTheUseCasesRunOnItsOutPorts_thenWhatTheyWroteIsThereAfterARestart() {
        Path directory = temp.resolve("shequn-data");
        MerchantId merchant = new MerchantId("olive-shop");
        Clock clock = Clock.fixed(Aggregates.T0, ZoneOffset.UTC);

        try (Storage storage = StorageFactory.open(new StorageConfig.EmbeddedFile(directory))) {
            Shequn shequn = new Shequn(storage.outPorts(), clock);
            shequn.createMerchant().createMerchant(new CreateMerchantUseCase.Command(merchant, "Olive", Aggregates.CNY)).get();
            shequn.upsertMember().upsertMember(UpsertMemberUseCase.Command.of(merchant, "wx-alice")).get();
        }

        try (Storage reopened = StorageFactory.open(new StorageConfig.EmbeddedFile(directory))) {
            assertThat(reopened.members().findByExternalId(merchant, "wx-alice")).isPresent();
            assertThat(reopened.eventOutbox().readAfter(merchant, 0, 10)).extracting(e -> e.event().type())
                    .containsExactly("MerchantCreated", "MemberRegistered");
        }
    }

    @Test
    void givenAHostDataSource_whenStorageCloses_thenTheHostsDataSourceStaysUsable() throws Exception {
        JdbcDataSource host = new JdbcDataSource();
        host.setURL(StorageFactory.h2MemoryUrl("hosted-" + System.identityHashCode(this)));

        try (Storage storage = StorageFactory.open(new StorageConfig.Hosted(host))) {
            assertThat(storage.dialect()).isEqualTo(Dialect.H2);
        }

        try (var connection = host.getConnection();
             var rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM outbox_event")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    @Test
    void givenAUrlThatIsNotPostgres_whenConfigured_thenItIsRefusedAndThePasswordNeverPrinted() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StorageConfig.Postgres("jdbc:mysql://db/shequn", "shequn", "secret"));
        assertThat(new StorageConfig.Postgres("jdbc:postgresql://db/shequn", "shequn", "secret").toString())
                .doesNotContain("secret");
        assertThat(StorageConfig.EmbeddedFile.inDefaultDirectory().directory()).isEqualTo(Path.of("shequn-data"));
    }
}
