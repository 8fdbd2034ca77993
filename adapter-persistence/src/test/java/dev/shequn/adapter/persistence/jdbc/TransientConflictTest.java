package dev.shequn.adapter.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.shequn.adapter.persistence.support.JdbcBackend;
import dev.shequn.adapter.persistence.support.PersistenceBackend;
import dev.shequn.application.common.VersionConflict;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class TransientConflictTest {

    @Test
    void givenTheDatabaseGivesUpOnADeadlock_whenTheWorkFails_thenAVersionConflictCarriesTheCauseSoTheUseCaseRetries() {
        try (PersistenceBackend backend = JdbcBackend.h2()) {
            SQLException deadlock = new SQLException("deadlock detected", "40P01");

            assertThatExceptionOfType(VersionConflict.class)
                    .isThrownBy(() -> backend.unitOfWork().inTransaction(() -> {
                        throw new IllegalStateException("statement failed", deadlock);
                    }))
                    .withRootCauseExactlyInstanceOf(SQLException.class);
        }
    }
}
