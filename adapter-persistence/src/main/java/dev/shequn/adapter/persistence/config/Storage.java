package dev.shequn.adapter.persistence.config;

import static java.util.Objects.requireNonNull;

import dev.shequn.adapter.persistence.jdbc.DomainEventTypes;
import dev.shequn.adapter.persistence.jdbc.EventTypeRegistry;
import dev.shequn.adapter.persistence.jdbc.JdbcCatalogPromotionRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcCommunityRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcEventOutbox;
import dev.shequn.adapter.persistence.jdbc.JdbcIncentiveRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcLedgerRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcReferralRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcJoinChannelRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcMemberCouponRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcMemberRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcMembershipRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcMerchantRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcModerationRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcOrderRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcPromotionLedger;
import dev.shequn.adapter.persistence.jdbc.JdbcSession;
import dev.shequn.adapter.persistence.jdbc.JdbcTagRulesRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcTierLadderRepository;
import dev.shequn.adapter.persistence.jdbc.JdbcUnitOfWork;
import dev.shequn.adapter.persistence.memory.SecureRandomSource;
import dev.shequn.adapter.persistence.memory.UuidIdGenerator;
import dev.shequn.application.OutPorts;
import dev.shequn.application.PromotionPorts;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.IncentiveRepository;
import dev.shequn.application.port.out.LedgerRepository;
import dev.shequn.application.port.out.ReferralRepository;
import dev.shequn.application.port.out.JoinChannelRepository;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.ModerationRepository;
import dev.shequn.application.port.out.TagRulesRepository;
import dev.shequn.application.port.out.TierLadderRepository;
import dev.shequn.application.port.out.UnitOfWork;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * An opened, migrated database and the JDBC adapters over it. All adapters from one {@code Storage} share
 * one {@link JdbcSession}, so whatever they do inside {@link #unitOfWork()} is one transaction. Closing it
 * closes the connection pool it opened, never one a host handed over.
 */
public final class Storage implements AutoCloseable {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final AutoCloseable ownedPool;
    private final JdbcSession session;
    private final JdbcUnitOfWork unitOfWork;

    Storage(DataSource dataSource, Dialect dialect, AutoCloseable ownedPool) {
        this.dataSource = requireNonNull(dataSource, "dataSource");
        this.dialect = requireNonNull(dialect, "dialect");
        this.ownedPool = ownedPool;
        this.session = new JdbcSession(Jdbi.create(dataSource));
        this.unitOfWork = new JdbcUnitOfWork(session);
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The session the adapters share; a host adding adapters of its own passes it to them. */
    public JdbcSession session() {
        return session;
    }

    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** The outbox for the domain's own events. */
    public EventOutbox eventOutbox() {
        return eventOutbox(DomainEventTypes.registry());
    }

    /** The outbox, reading stored events back as the classes {@code registry} names (a host's own events too). */
    public EventOutbox eventOutbox(EventTypeRegistry registry) {
        return new JdbcEventOutbox(session, registry);
    }

    /**
     * Every out-port over this database, with random UUID ids and secure randomness: what
     * {@code new Shequn(storage.outPorts(), clock)} needs.
     */
    public OutPorts outPorts() {
        return new OutPorts(unitOfWork, eventOutbox(), new UuidIdGenerator(), new SecureRandomSource(), merchants(),
                communities(), memberships(), joinChannels(), members(), moderation(), tagRules(), tierLadders());
    }

    public MerchantRepository merchants() {
        return new JdbcMerchantRepository(session);
    }

    public CommunityRepository communities() {
        return new JdbcCommunityRepository(session);
    }

    public JoinChannelRepository joinChannels() {
        return new JdbcJoinChannelRepository(session);
    }

    public MembershipRepository memberships() {
        return new JdbcMembershipRepository(session);
    }

    public ModerationRepository moderation() {
        return new JdbcModerationRepository(session);
    }

    /** The JDBC type, for its bulk {@link JdbcMemberRepository#insertAll insertAll} besides the port. */
    public JdbcMemberRepository members() {
        return new JdbcMemberRepository(session);
    }

    public TagRulesRepository tagRules() {
        return new JdbcTagRulesRepository(session);
    }

    public TierLadderRepository tierLadders() {
        return new JdbcTierLadderRepository(session);
    }

    public ReferralRepository referrals() {
        return new JdbcReferralRepository(session);
    }

    public IncentiveRepository incentives() {
        return new JdbcIncentiveRepository(session);
    }

    public LedgerRepository ledgers() {
        return new JdbcLedgerRepository(session);
    }

    /** The promotion catalogue, its ledger, member coupons and orders, over the same session. */
    public PromotionPorts promotionPorts() {
        return new PromotionPorts(new JdbcCatalogPromotionRepository(session), new JdbcPromotionLedger(session),
                new JdbcMemberCouponRepository(session), new JdbcOrderRepository(session));
    }

    @Override
    public void close() {
        if (ownedPool == null) {
            return;
        }
        try {
            ownedPool.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the connection pool failed", e);
        }
    }
}
