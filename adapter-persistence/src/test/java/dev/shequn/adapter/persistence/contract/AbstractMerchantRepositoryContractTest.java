package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.CNY;
import static dev.shequn.adapter.persistence.support.Aggregates.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.shared.MerchantId;
import org.junit.jupiter.api.Test;

/** The contract of the MerchantRepository port: merchants (tenants). */
public abstract class AbstractMerchantRepositoryContractTest extends BackendTest {

    @Test
    void givenANewMerchant_whenSavedAndRenamed_thenItReadsBackWithTheVersionRaised() {
        MerchantId id = aMerchant();
        Merchant merchant = Merchant.create(id, "Olive oil shop", CNY, T0);

        assertThat(backend.merchants().save(merchant)).isTrue();
        assertThat(backend.merchants().save(merchant)).isFalse();
        Merchant loaded = backend.merchants().find(id).orElseThrow();
        assertThat(loaded).isEqualTo(Merchant.reconstitute(id, "Olive oil shop", CNY, T0, 1));

        Merchant renamed = Merchant.reconstitute(id, "Olive oil & tea", CNY, T0, loaded.version());
        assertThat(backend.merchants().save(renamed)).isTrue();
        assertThat(backend.merchants().save(renamed)).isFalse();
        assertThat(backend.merchants().find(id).orElseThrow().name()).isEqualTo("Olive oil & tea");
        assertThat(backend.merchants().find(aMerchant())).isEmpty();
    }
}
