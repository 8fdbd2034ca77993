package dev.shequn.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.port.out.ApiKeyRepository;
import dev.shequn.application.port.out.ApiKeyRepository.StoredApiKey;
import dev.shequn.domain.shared.MerchantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyRepository} must do; each adapter runs it with a subclass. */
public abstract class ApiKeyRepositoryContract {

    private static final String HASH_1 = "a".repeat(64);
    private static final String HASH_2 = "b".repeat(64);
    private static final String HASH_3 = "c".repeat(64);

    private ApiKeyRepository repository;

    protected abstract ApiKeyRepository newRepository();

    @BeforeEach
    void setUp() {
        repository = newRepository();
    }

    @Test
    void givenSavedKeys_whenLookingUpHashes_thenEachFindsItsMerchant() {
        repository.save(new StoredApiKey(new MerchantId("m-1"), HASH_1));
        repository.save(new StoredApiKey(new MerchantId("m-1"), HASH_2));
        repository.save(new StoredApiKey(new MerchantId("m-2"), HASH_3));

        assertThat(repository.merchantOf(HASH_1)).contains(new MerchantId("m-1"));
        assertThat(repository.merchantOf(HASH_2)).contains(new MerchantId("m-1"));
        assertThat(repository.merchantOf(HASH_3)).contains(new MerchantId("m-2"));
    }

    @Test
    void givenUnknownHash_whenLookingUp_thenEmpty() {
        assertThat(repository.merchantOf("d".repeat(64))).isEmpty();
    }
}
