package dev.shequn.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.port.out.ApiKeyRepository;
import dev.shequn.application.port.out.ApiKeyRepository.StoredApiKey;
import dev.shequn.domain.shared.MerchantId;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyRepository} must do; each adapter runs it with a subclass. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class AbstractApiKeyRepositoryContractTest {

    private ApiKeyRepository repository;

    /** The repository under test, over fresh storage; called once per class. */
    protected abstract ApiKeyRepository openRepository();

    /** Releases what {@link #openRepository()} opened. */
    protected void closeRepository() {}

    @BeforeAll
    void open() {
        repository = openRepository();
    }

    @AfterAll
    void close() {
        closeRepository();
    }

    /** A random hash, so tests sharing one database never meet. */
    private static String aHash() {
        return HexFormat.of().formatHex(UUID.randomUUID().toString().repeat(2).getBytes(StandardCharsets.US_ASCII), 0, 32);
    }

    @Test
    void givenSavedKeys_whenLookingUpHashes_thenEachFindsItsMerchant() {
        String hash1 = aHash();
        String hash2 = aHash();
        String hash3 = aHash();
        repository.save(new StoredApiKey(new MerchantId("m-1"), hash1));
        repository.save(new StoredApiKey(new MerchantId("m-1"), hash2));
        repository.save(new StoredApiKey(new MerchantId("m-2"), hash3));

        assertThat(repository.merchantOf(hash1)).contains(new MerchantId("m-1"));
        assertThat(repository.merchantOf(hash2)).contains(new MerchantId("m-1"));
        assertThat(repository.merchantOf(hash3)).contains(new MerchantId("m-2"));
    }

    @Test
    void givenUnknownHash_whenLookingUp_thenEmpty() {
        assertThat(repository.merchantOf(aHash())).isEmpty();
    }
}
