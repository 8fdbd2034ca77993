package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.ReferralRepository;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.FraudFlag;
import dev.shequn.domain.referral.FraudSignals;
import dev.shequn.domain.referral.InviteCode;
import dev.shequn.domain.referral.Inviter;
import dev.shequn.domain.referral.Referral;
import dev.shequn.domain.shared.MerchantId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * Inviters and referrals. The database keeps invite codes unique per merchant and an invitee bound once (its
 * referral's primary key); rows read inside a unit of work are locked, so concurrent bindings of one inviter
 * queue on its row rather than retry.
 */
public final class JdbcReferralRepository implements ReferralRepository {

    private static final String INVITER_COLUMNS = "member_id, invite_code, recent_bindings, version";
    private static final String REFERRAL_COLUMNS = """
            invitee_id, inviter_id, invite_code, bound_at, device_hash, phone_hash, invites_past_hour, flags,
            first_purchase_order, version""";

    private final JdbcSession session;

    public JdbcReferralRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public Optional<Inviter> findInviter(MerchantId merchantId, MemberId memberId) {
        return session.withHandle(h -> h.createQuery("SELECT " + INVITER_COLUMNS
                        + " FROM referral_inviter WHERE merchant_id = :merchant AND member_id = :member" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("member", memberId.value())
                .map((rs, ctx) -> inviter(merchantId, rs))
                .findOne());
    }

    @Override
    public Optional<Inviter> findInviterByCode(MerchantId merchantId, InviteCode code) {
        return session.withHandle(h -> h.createQuery("SELECT " + INVITER_COLUMNS
                        + " FROM referral_inviter WHERE merchant_id = :merchant AND invite_code = :code" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("code", code.value())
                .map((rs, ctx) -> inviter(merchantId, rs))
                .findOne());
    }

    @Override
    public boolean saveInviter(Inviter inviter) {
        return session.withHandle(h -> {
            var statement = inviter.version() == 0
                    ? h.createUpdate("INSERT INTO referral_inviter (merchant_id, " + INVITER_COLUMNS
                            + ") VALUES (:merchant, :member, :code, :bindings, 1)")
                    : h.createUpdate("""
                            UPDATE referral_inviter SET invite_code = :code, recent_bindings = :bindings,
                                version = version + 1
                            WHERE merchant_id = :merchant AND member_id = :member AND version = :version""")
                            .bind("version", inviter.version());
            statement.bind("merchant", inviter.merchantId().value())
                    .bind("member", inviter.memberId().value())
                    .bind("code", inviter.code().map(InviteCode::value).orElse(null))
                    .bind("bindings", inviter.recentBindings().stream().map(Instant::toString)
                            .collect(Collectors.joining(",")));
            // An update can break the code's uniqueness too (a code given to a stored inviter).
            return inviter.version() == 0 ? Rows.insertUnlessTaken(h, statement) : updatedOneUnlessTaken(h, statement);
        });
    }

    /** An optimistic update that may also collide on a unique column: true only when it matched its one row. */
    private static boolean updatedOneUnlessTaken(Handle handle, Update update) {
        boolean savepoint = handle.isInTransaction();
        if (savepoint) {
            handle.savepoint("update_unless_taken");
        }
        try {
            boolean matched = Rows.updatedOne(update);
            if (savepoint) {
                handle.releaseSavepoint("update_unless_taken");
            }
            return matched;
        } catch (UnableToExecuteStatementException e) {
            if (!Rows.isUniqueViolation(e)) {
                throw e;
            }
            if (savepoint) {
                handle.rollbackToSavepoint("update_unless_taken");
            }
            return false;
        }
    }

    private static Inviter inviter(MerchantId merchantId, ResultSet rs) throws SQLException {
        String bindings = rs.getString("recent_bindings");
        List<Instant> recent = bindings.isEmpty() ? List.of()
                : Arrays.stream(bindings.split(",")).map(Instant::parse).toList();
        return Inviter.reconstitute(merchantId, new MemberId(rs.getString("member_id")),
                Rows.optionalString(rs, "invite_code").map(InviteCode::new), recent, rs.getLong("version"));
    }

    @Override
    public Optional<Referral> findByInvitee(MerchantId merchantId, MemberId invitee) {
        return session.withHandle(h -> h.createQuery("SELECT " + REFERRAL_COLUMNS
                        + " FROM referral WHERE merchant_id = :merchant AND invitee_id = :invitee" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("invitee", invitee.value())
                .map((rs, ctx) -> referral(merchantId, rs))
                .findOne());
    }

    @Override
    public List<Referral> findByInviter(MerchantId merchantId, MemberId inviter, int limit) {
        return session.withHandle(h -> h.createQuery("SELECT " + REFERRAL_COLUMNS + """
                         FROM referral WHERE merchant_id = :merchant AND inviter_id = :inviter
                        ORDER BY bound_at, invitee_id LIMIT :limit""")
                .bind("merchant", merchantId.value())
                .bind("inviter", inviter.value())
                .bind("limit", limit)
                .map((rs, ctx) -> referral(merchantId, rs))
                .list());
    }

    @Override
    public boolean saveReferral(Referral referral) {
        return session.withHandle(h -> {
            if (referral.version() == 0) {
                return Rows.insertUnlessTaken(h, h.createUpdate("INSERT INTO referral (merchant_id, " + REFERRAL_COLUMNS + """
                                ) VALUES (:merchant, :invitee, :inviter, :code, :boundAt, :device, :phone, :pastHour,
                                          :flags, :firstOrder, 1)""")
                        .bind("merchant", referral.merchantId().value())
                        .bind("invitee", referral.invitee().value())
                        .bind("inviter", referral.inviter().value())
                        .bind("code", referral.code().map(InviteCode::value).orElse(null))
                        .bind("boundAt", Rows.utc(referral.boundAt()))
                        .bind("device", referral.signals().deviceHash().orElse(null))
                        .bind("phone", referral.signals().phoneHash().orElse(null))
                        .bind("pastHour", referral.invitesInPastHour())
                        .bind("flags", referral.flags().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                        .bind("firstOrder", referral.firstPurchaseOrderId().orElse(null)));
            }
            // Only the first purchase changes after binding; who invited whom never does.
            return Rows.updatedOne(h.createUpdate("""
                            UPDATE referral SET first_purchase_order = :firstOrder, version = version + 1
                            WHERE merchant_id = :merchant AND invitee_id = :invitee AND version = :version""")
                    .bind("merchant", referral.merchantId().value())
                    .bind("invitee", referral.invitee().value())
                    .bind("firstOrder", referral.firstPurchaseOrderId().orElse(null))
                    .bind("version", referral.version()));
        });
    }

    @Override
    public boolean deviceHashSeen(MerchantId merchantId, String deviceHash) {
        return session.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM referral WHERE merchant_id = :merchant AND device_hash = :hash")
                .bind("merchant", merchantId.value())
                .bind("hash", deviceHash)
                .mapTo(Long.class).one() > 0);
    }

    @Override
    public boolean phoneHashSeen(MerchantId merchantId, String phoneHash) {
        return session.withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM referral WHERE merchant_id = :merchant AND phone_hash = :hash")
                .bind("merchant", merchantId.value())
                .bind("hash", phoneHash)
                .mapTo(Long.class).one() > 0);
    }

    private static Referral referral(MerchantId merchantId, ResultSet rs) throws SQLException {
        String flags = rs.getString("flags");
        Set<FraudFlag> parsed = EnumSet.noneOf(FraudFlag.class);
        if (!flags.isEmpty()) {
            Arrays.stream(flags.split(",")).map(FraudFlag::valueOf).forEach(parsed::add);
        }
        return Referral.reconstitute(merchantId, new MemberId(rs.getString("invitee_id")),
                new MemberId(rs.getString("inviter_id")), Rows.optionalString(rs, "invite_code").map(InviteCode::new),
                Rows.instant(rs, "bound_at"), new FraudSignals(Rows.optionalString(rs, "device_hash"),
                        Rows.optionalString(rs, "phone_hash")),
                rs.getLong("invites_past_hour"), parsed, Rows.optionalString(rs, "first_purchase_order"),
                rs.getLong("version"));
    }
}
