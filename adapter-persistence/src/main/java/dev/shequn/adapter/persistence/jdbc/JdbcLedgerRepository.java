package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.shequn.application.port.out.LedgerRepository;
import dev.shequn.domain.ledger.Account;
import dev.shequn.domain.ledger.AccountType;
import dev.shequn.domain.ledger.Accrual;
import dev.shequn.domain.ledger.Amount;
import dev.shequn.domain.ledger.Asset;
import dev.shequn.domain.ledger.Cause;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.Leg;
import dev.shequn.domain.ledger.MemberLedger;
import dev.shequn.domain.ledger.Movement;
import dev.shequn.domain.ledger.Withdrawal;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Update;

/**
 * The member ledger in two append-only tables, entries and their legs; balances are sums over the legs, never
 * stored. Appending inserts the next sequence numbers after the one the ledger was loaded at: a writer that read
 * a stale ledger collides on the primary key and writes nothing. Accruals and withdrawals are versioned rows.
 */
public final class JdbcLedgerRepository implements LedgerRepository {

    private static final List<String> MEMBER_ACCOUNTS = Arrays.stream(AccountType.values())
            .filter(AccountType::isMemberAccount).map(Enum::name).toList();
    private static final List<String> MERCHANT_ACCOUNTS = Arrays.stream(AccountType.values())
            .filter(t -> !t.isMemberAccount()).map(Enum::name).toList();
    private static final String ACCRUAL_COLUMNS = """
            accrual_id, member_id, order_id, asset, units, order_paid, currency, release_at, status, refunded, reversed,
            applied_refunds, version""";
    private static final String WITHDRAWAL_COLUMNS = """
            withdrawal_id, member_id, amount, currency, requested_at, status, decided_at, note, version""";

    private final JdbcSession session;
    private final JsonCodec json = JsonCodec.INSTANCE;

    public JdbcLedgerRepository(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public MemberLedger load(MerchantId merchantId, MemberId memberId, Currency currency) {
        return session.withHandle(h -> {
            long last = h.createQuery("""
                            SELECT COALESCE(MAX(sequence), 0) FROM ledger_entry
                            WHERE merchant_id = :merchant AND member_id = :member""")
                    .bind("merchant", merchantId.value())
                    .bind("member", memberId.value())
                    .mapTo(Long.class).one();
            Map<Account, Long> balances = new HashMap<>();
            h.createQuery("""
                            SELECT account_type, asset, SUM(units) AS balance FROM ledger_leg
                            WHERE merchant_id = :merchant AND member_id = :member AND sequence <= :last
                              AND account_type IN (<types>)
                            GROUP BY account_type, asset""")
                    .bind("merchant", merchantId.value())
                    .bind("member", memberId.value())
                    .bind("last", last)
                    .bindList("types", MEMBER_ACCOUNTS)
                    .map((rs, ctx) -> {
                        balances.put(Account.of(memberId, AccountType.valueOf(rs.getString("account_type")),
                                Asset.valueOf(rs.getString("asset"))), rs.getLong("balance"));
                        return null;
                    })
                    .list();
            return MemberLedger.reconstitute(merchantId, memberId, currency, last, balances);
        });
    }

    @Override
    public boolean append(MemberLedger ledger) {
        List<LedgerEntry> entries = ledger.newEntries();
        if (entries.isEmpty()) {
            return true;
        }
        return session.withHandle(h -> h.isInTransaction() ? appendIn(h, ledger, entries)
                : h.inTransaction(own -> appendIn(own, ledger, entries)));
    }

    private boolean appendIn(Handle h, MemberLedger ledger, List<LedgerEntry> entries) {
        // The first new entry must take the number right after the one loaded: if another writer took it, the
        // primary key refuses and nothing of this ledger is written.
        LedgerEntry first = entries.get(0);
        if (first.sequence() != ledger.storedSequence() + 1 || !Rows.insertUnlessTaken(h, entryInsert(h, first))) {
            return false;
        }
        for (LedgerEntry entry : entries.subList(1, entries.size())) {
            entryInsert(h, entry).execute();
        }
        PreparedBatch legs = h.prepareBatch("""
                INSERT INTO ledger_leg (merchant_id, member_id, sequence, leg_no, account_type, asset, units)
                VALUES (:merchant, :member, :sequence, :legNo, :type, :asset, :units)""");
        for (LedgerEntry entry : entries) {
            for (int i = 0; i < entry.legs().size(); i++) {
                Leg leg = entry.legs().get(i);
                legs.bind("merchant", entry.merchantId().value())
                        .bind("member", entry.memberId().value())
                        .bind("sequence", entry.sequence())
                        .bind("legNo", i + 1)
                        .bind("type", leg.account().type().name())
                        .bind("asset", leg.account().asset().name())
                        .bind("units", leg.units())
                        .add();
            }
        }
        legs.execute();
        return true;
    }

    private static Update entryInsert(Handle h, LedgerEntry entry) {
        return h.createUpdate("""
                        INSERT INTO ledger_entry (merchant_id, member_id, sequence, asset, movement, cause_kind, cause_ref,
                            booked_at)
                        VALUES (:merchant, :member, :sequence, :asset, :movement, :causeKind, :causeRef, :bookedAt)""")
                .bind("merchant", entry.merchantId().value())
                .bind("member", entry.memberId().value())
                .bind("sequence", entry.sequence())
                .bind("asset", entry.asset().name())
                .bind("movement", entry.movement().name())
                .bind("causeKind", entry.cause().kind().name())
                .bind("causeRef", entry.cause().reference())
                .bind("bookedAt", Rows.utc(entry.bookedAt()));
    }

    @Override
    public List<LedgerEntry> entries(MerchantId merchantId, MemberId memberId, long afterSequence, int limit) {
        return session.withHandle(h -> {
            Map<Long, LedgerEntry> heads = new LinkedHashMap<>();
            record Head(long sequence, Asset asset, Movement movement, Cause cause, Instant bookedAt) {}
            List<Head> found = h.createQuery("""
                            SELECT sequence, asset, movement, cause_kind, cause_ref, booked_at FROM ledger_entry
                            WHERE merchant_id = :merchant AND member_id = :member AND sequence > :after
                            ORDER BY sequence LIMIT :limit""")
                    .bind("merchant", merchantId.value())
                    .bind("member", memberId.value())
                    .bind("after", afterSequence)
                    .bind("limit", limit)
                    .map((rs, ctx) -> new Head(rs.getLong("sequence"), Asset.valueOf(rs.getString("asset")),
                            Movement.valueOf(rs.getString("movement")),
                            new Cause(Cause.Kind.valueOf(rs.getString("cause_kind")), rs.getString("cause_ref")),
                            Rows.instant(rs, "booked_at")))
                    .list();
            if (found.isEmpty()) {
                return List.of();
            }
            Map<Long, List<Leg>> legs = new HashMap<>();
            h.createQuery("""
                            SELECT sequence, account_type, asset, units FROM ledger_leg
                            WHERE merchant_id = :merchant AND member_id = :member AND sequence BETWEEN :from AND :to
                            ORDER BY sequence, leg_no""")
                    .bind("merchant", merchantId.value())
                    .bind("member", memberId.value())
                    .bind("from", found.get(0).sequence())
                    .bind("to", found.get(found.size() - 1).sequence())
                    .map((rs, ctx) -> {
                        AccountType type = AccountType.valueOf(rs.getString("account_type"));
                        Asset asset = Asset.valueOf(rs.getString("asset"));
                        Account account = type.isMemberAccount() ? Account.of(memberId, type, asset)
                                : Account.merchant(type, asset);
                        legs.computeIfAbsent(rs.getLong("sequence"), s -> new ArrayList<>())
                                .add(new Leg(account, rs.getLong("units")));
                        return null;
                    })
                    .list();
            for (Head head : found) {
                heads.put(head.sequence(), new LedgerEntry(merchantId, memberId, head.sequence(), head.asset(),
                        head.movement(), head.cause(), legs.get(head.sequence()), head.bookedAt()));
            }
            return List.copyOf(heads.values());
        });
    }

    @Override
    public Map<Account, Long> merchantBalances(MerchantId merchantId) {
        return session.withHandle(h -> {
            Map<Account, Long> balances = new HashMap<>();
            h.createQuery("""
                            SELECT account_type, asset, SUM(units) AS balance FROM ledger_leg
                            WHERE merchant_id = :merchant AND account_type IN (<types>)
                            GROUP BY account_type, asset""")
                    .bind("merchant", merchantId.value())
                    .bindList("types", MERCHANT_ACCOUNTS)
                    .map((rs, ctx) -> balances.put(Account.merchant(AccountType.valueOf(rs.getString("account_type")),
                            Asset.valueOf(rs.getString("asset"))), rs.getLong("balance")))
                    .list();
            return Map.copyOf(balances);
        });
    }

    @Override
    public Optional<Accrual> findAccrual(MerchantId merchantId, String accrualId) {
        return session.withHandle(h -> h.createQuery("SELECT " + ACCRUAL_COLUMNS
                        + " FROM ledger_accrual WHERE merchant_id = :merchant AND accrual_id = :id" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("id", accrualId)
                .map((rs, ctx) -> accrual(merchantId, rs))
                .findOne());
    }

    @Override
    public List<Accrual> findAccrualsOfOrder(MerchantId merchantId, String orderId) {
        return session.withHandle(h -> h.createQuery("SELECT " + ACCRUAL_COLUMNS
                        + " FROM ledger_accrual WHERE merchant_id = :merchant AND order_id = :order ORDER BY accrual_id"
                        + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("order", orderId)
                .map((rs, ctx) -> accrual(merchantId, rs))
                .list());
    }

    @Override
    public List<Accrual> findDueAccruals(Instant now, int limit) {
        return session.withHandle(h -> h.createQuery("SELECT merchant_id, " + ACCRUAL_COLUMNS + """
                         FROM ledger_accrual WHERE status = 'FROZEN' AND release_at <= :now
                        ORDER BY release_at, merchant_id, accrual_id LIMIT :limit""")
                .bind("now", Rows.utc(now))
                .bind("limit", limit)
                .map((rs, ctx) -> accrual(new MerchantId(rs.getString("merchant_id")), rs))
                .list());
    }

    @Override
    public boolean saveAccrual(Accrual accrual) {
        return session.withHandle(h -> {
            Update statement = accrual.version() == 0
                    ? h.createUpdate("INSERT INTO ledger_accrual (merchant_id, " + ACCRUAL_COLUMNS + """
                            ) VALUES (:merchant, :id, :member, :order, :asset, :units, :paid, :currency, :releaseAt,
                                      :status, :refunded, :reversed, :applied, 1)""")
                    : h.createUpdate("""
                            UPDATE ledger_accrual SET status = :status, refunded = :refunded, reversed = :reversed,
                                applied_refunds = :applied, version = version + 1
                            WHERE merchant_id = :merchant AND accrual_id = :id AND version = :version""")
                            .bind("version", accrual.version());
            statement.bind("merchant", accrual.merchantId().value())
                    .bind("id", accrual.id())
                    .bind("member", accrual.memberId().value())
                    .bind("order", accrual.orderId())
                    .bind("asset", accrual.amount().asset().name())
                    .bind("units", accrual.amount().units())
                    .bind("paid", accrual.orderPaid().minorUnits())
                    .bind("currency", accrual.orderPaid().currency().getCurrencyCode())
                    .bind("releaseAt", Rows.utc(accrual.releaseAt()))
                    .bind("status", accrual.status().name())
                    .bind("refunded", accrual.refunded().minorUnits())
                    .bind("reversed", accrual.reversed().units())
                    .bind("applied", json.write(new TreeSet<>(accrual.appliedRefunds())));
            return accrual.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }

    private Accrual accrual(MerchantId merchantId, ResultSet rs) throws SQLException {
        Asset asset = Asset.valueOf(rs.getString("asset"));
        Currency currency = Currency.getInstance(rs.getString("currency"));
        List<String> applied = json.read(rs.getString("applied_refunds"), new TypeReference<List<String>>() {});
        return Accrual.reconstitute(rs.getString("accrual_id"), merchantId, new MemberId(rs.getString("member_id")),
                rs.getString("order_id"), new Amount(asset, rs.getLong("units")),
                Money.ofMinor(rs.getLong("order_paid"), currency), Rows.instant(rs, "release_at"), rs.getLong("version"),
                Accrual.Status.valueOf(rs.getString("status")), Money.ofMinor(rs.getLong("refunded"), currency),
                new Amount(asset, rs.getLong("reversed")), new TreeSet<>(applied));
    }

    @Override
    public Optional<Withdrawal> findWithdrawal(MerchantId merchantId, String withdrawalId) {
        return session.withHandle(h -> h.createQuery("SELECT " + WITHDRAWAL_COLUMNS
                        + " FROM ledger_withdrawal WHERE merchant_id = :merchant AND withdrawal_id = :id" + session.forUpdate())
                .bind("merchant", merchantId.value())
                .bind("id", withdrawalId)
                .map((rs, ctx) -> Withdrawal.reconstitute(rs.getString("withdrawal_id"), merchantId,
                        new MemberId(rs.getString("member_id")),
                        Money.ofMinor(rs.getLong("amount"), Currency.getInstance(rs.getString("currency"))),
                        Rows.instant(rs, "requested_at"), rs.getLong("version"),
                        Withdrawal.Status.valueOf(rs.getString("status")), Rows.optionalInstant(rs, "decided_at"),
                        Rows.optionalString(rs, "note")))
                .findOne());
    }

    @Override
    public boolean saveWithdrawal(Withdrawal withdrawal) {
        return session.withHandle(h -> {
            Update statement = withdrawal.version() == 0
                    ? h.createUpdate("INSERT INTO ledger_withdrawal (merchant_id, " + WITHDRAWAL_COLUMNS + """
                            ) VALUES (:merchant, :id, :member, :amount, :currency, :requestedAt, :status, :decidedAt,
                                      :note, 1)""")
                    : h.createUpdate("""
                            UPDATE ledger_withdrawal SET status = :status, decided_at = :decidedAt, note = :note,
                                version = version + 1
                            WHERE merchant_id = :merchant AND withdrawal_id = :id AND version = :version""")
                            .bind("version", withdrawal.version());
            statement.bind("merchant", withdrawal.merchantId().value())
                    .bind("id", withdrawal.id())
                    .bind("member", withdrawal.memberId().value())
                    .bind("amount", withdrawal.amount().minorUnits())
                    .bind("currency", withdrawal.amount().currency().getCurrencyCode())
                    .bind("requestedAt", Rows.utc(withdrawal.requestedAt()))
                    .bind("status", withdrawal.status().name())
                    .bind("decidedAt", Rows.utc(withdrawal.decidedAt().orElse(null)))
                    .bind("note", withdrawal.note().orElse(null));
            return withdrawal.version() == 0 ? Rows.insertUnlessTaken(h, statement) : Rows.updatedOne(statement);
        });
    }
}
