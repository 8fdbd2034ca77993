package dev.shequn.adapter.persistence.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.shequn.adapter.persistence.config.Storage;
import dev.shequn.adapter.persistence.config.StorageConfig;
import dev.shequn.adapter.persistence.config.StorageFactory;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.UnitOfWork;
import java.util.UUID;

/** The JDBC adapters over a fresh database: an H2 in memory, or a new database on the shared PostgreSQL. */
public final class JdbcBackend implements PersistenceBackend {

    private final Storage storage;
    private final AutoCloseable hostPool;
    private final EventOutbox outbox;

    private JdbcBackend(Storage storage, AutoCloseable hostPool) {
        this.storage = storage;
        this.hostPool = hostPool;
        this.outbox = storage.eventOutbox(TestEventTypes.registry());
    }

    /** H2 handed over as a host's pool, so the {@code Hosted} path of the factory is what the tests use. */
    public static JdbcBackend h2() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(StorageFactory.h2MemoryUrl("contract-" + UUID.randomUUID()));
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(16);
        HikariDataSource pool = new HikariDataSource(config);
        return new JdbcBackend(StorageFactory.open(new StorageConfig.Hosted(pool)), pool);
    }

    /** PostgreSQL through the production path of the factory, on a database of its own. */
    public static JdbcBackend postgres() {
        String url = EmbeddedPostgresServer.newDatabase();
        return new JdbcBackend(StorageFactory.open(new StorageConfig.Postgres(url, "postgres", "")), null);
    }

    public Storage storage() {
        return storage;
    }

    @Override
    public UnitOfWork unitOfWork() {
        return storage.unitOfWork();
    }

    @Override
    public EventOutbox eventOutbox() {
        return outbox;
    }

    @Override
    public void close() {
        storage.close();
        if (hostPool != null) {
            try {
                hostPool.close();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
