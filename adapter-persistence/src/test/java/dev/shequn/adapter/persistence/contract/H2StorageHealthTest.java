package dev.shequn.adapter.persistence.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.adapter.persistence.jdbc.JdbcStorageHealth;
import dev.shequn.adapter.persistence.support.JdbcBackend;
import org.junit.jupiter.api.Test;

class H2StorageHealthTest {

    @Test
    void givenOpenDatabase_whenChecked_thenUp_andGivenClosedPool_thenDown() {
        JdbcBackend backend = JdbcBackend.h2();
        JdbcStorageHealth health = new JdbcStorageHealth(backend.storage().session());
        assertThat(health.isUp()).isTrue();
        backend.close();
        assertThat(health.isUp()).isFalse();
    }
}
