package dev.shequn.adapter.persistence.support;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.shequn.adapter.persistence.config.Storage;
import dev.shequn.adapter.persistence.config.StorageConfig;
import dev.shequn.adapter.persistence.config.StorageFactory;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.JoinChannelRepository;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.ModerationRepository;
import dev.shequn.application.port.out.TagRulesRepository;
import dev.shequn.application.port.out.TierLadderRepository;
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
        config.setMaximumPoolSize(40);
        HikariDataSource pool = new HikariDataSource(config);
        return new JdbcBackend(StorageFactory.open(new StorageConfig.Hosted(pool)), pool);
    }

    /** PostgreSQL through the production path of the factory, on a database of its own. */
    public static JdbcBackend postgres() {
        String url = EmbeddedPostgresServer.newDatabase();
        return new JdbcBackend(StorageFactory.open(new StorageConfig.Postgres(url, "postgres", "")), null);
    }

    /** Empties every table but the schema history: a fresh storage without a new database. */
    public JdbcBackend emptied() {
        storage.session().withHandle(h -> {
            h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                            + " AND table_type IN ('BASE TABLE', 'TABLE') AND table_name <> 'shequn_schema_history'")
                    .mapTo(String.class)
                    .list()
                    .forEach(table -> h.execute("DELETE FROM " + table));
            return null;
        });
        return this;
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
    public MerchantRepository merchants() {
        return storage.merchants();
    }

    @Override
    public CommunityRepository communities() {
        return storage.communities();
    }

    @Override
    public JoinChannelRepository joinChannels() {
        return storage.joinChannels();
    }

    @Override
    public MembershipRepository memberships() {
        return storage.memberships();
    }

    @Override
    public ModerationRepository moderation() {
        return storage.moderation();
    }

    @Override
    public MemberRepository members() {
        return storage.members();
    }

    @Override
    public TagRulesRepository tagRules() {
        return storage.tagRules();
    }

    @Override
    public TierLadderRepository tierLadders() {
        return storage.tierLadders();
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
