package dev.shequn.adapter.persistence.jdbc;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.PromotionLedger;
import dev.shequn.domain.promotion.LimitRejection;
import dev.shequn.domain.promotion.PromotionCounters;
import dev.shequn.domain.promotion.PromotionLimits;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The counters, one row per promotion, each move one conditional {@code UPDATE}: the database checks the
 * limit and moves the counter in one step under its row lock, so any number of servers over one database
 * never exceed a limit. The conditions are the rules of {@link PromotionCounters}, in SQL; when an update
 * matches nothing, the row is read and the same rules say which limit refused it.
 */
public final class JdbcPromotionLedger implements PromotionLedger {

    /** The budget part of a move: counted only when the promotion has a budget. */
    private static final String BUDGET = "(CASE WHEN budget_limit IS NULL THEN 0 ELSE :amount END)";
    private static final String KEY = " WHERE merchant_id = :merchant AND promotion_id = :id ";
    /** A race the update lost but a fresh read says it should have won (a release in between): try again. */
    private static final int ATTEMPTS = 5;

    private record Row(PromotionLimits limits, PromotionCounters counters) {}

    private final JdbcSession session;

    public JdbcPromotionLedger(JdbcSession session) {
        this.session = requireNonNull(session, "session");
    }

    @Override
    public boolean open(MerchantId merchantId, String promotionId, PromotionLimits limits, PromotionCounters initial) {
        return session.withHandle(h -> Rows.insertUnlessTaken(h, h.createUpdate("""
                        INSERT INTO promotion_counter (merchant_id, promotion_id, redemption_limit, budget_limit,
                            budget_currency, coupon_quantity, redemptions_used, redemptions_reserved, budget_used,
                            budget_reserved, coupons_granted)
                        VALUES (:merchant, :id, :redemptionLimit, :budgetLimit, :budgetCurrency, :couponQuantity,
                            :redemptionsUsed, :redemptionsReserved, :budgetUsed, :budgetReserved, :couponsGranted)""")
                .bind("merchant", merchantId.value())
                .bind("id", promotionId)
                .bind("redemptionLimit", boxed(limits.redemptions()))
                .bind("budgetLimit", limits.budget().map(Money::minorUnits).orElse(null))
                .bind("budgetCurrency", limits.budget().map(b -> b.currency().getCurrencyCode()).orElse(null))
                .bind("couponQuantity", boxed(limits.couponQuantity()))
                .bind("redemptionsUsed", initial.redemptionsUsed())
                .bind("redemptionsReserved", initial.redemptionsReserved())
                .bind("budgetUsed", initial.budgetUsed())
                .bind("budgetReserved", initial.budgetReserved())
                .bind("couponsGranted", initial.couponsGranted())));
    }

    @Override
    public void changeLimits(MerchantId merchantId, String promotionId, PromotionLimits limits) {
        session.withHandle(h -> expectOne(h.createUpdate("""
                        UPDATE promotion_counter SET redemption_limit = :redemptionLimit, budget_limit = :budgetLimit,
                            budget_currency = :budgetCurrency, coupon_quantity = :couponQuantity""" + KEY)
                .bind("merchant", merchantId.value())
                .bind("id", promotionId)
                .bind("redemptionLimit", boxed(limits.redemptions()))
                .bind("budgetLimit", limits.budget().map(Money::minorUnits).orElse(null))
                .bind("budgetCurrency", limits.budget().map(b -> b.currency().getCurrencyCode()).orElse(null))
                .bind("couponQuantity", boxed(limits.couponQuantity()))
                .execute(), promotionId));
    }

    @Override
    public Optional<PromotionCounters> counters(MerchantId merchantId, String promotionId) {
        return read(merchantId, promotionId).map(Row::counters);
    }

    @Override
    public Either<LimitRejection, PromotionCounters> reserve(MerchantId merchantId, String promotionId, Money amount) {
        return conditional(merchantId, promotionId, amount, """
                UPDATE promotion_counter SET redemptions_reserved = redemptions_reserved + 1,
                    budget_reserved = budget_reserved + """ + BUDGET + KEY + """
                 AND (redemption_limit IS NULL OR redemptions_used + redemptions_reserved < redemption_limit)
                 AND (budget_limit IS NULL
                      OR (budget_currency = :currency AND budget_used + budget_reserved + :amount <= budget_limit))""",
                row -> row.counters().reserve(row.limits(), amount));
    }

    @Override
    public void commit(MerchantId merchantId, String promotionId, Money amount) {
        move(merchantId, promotionId, amount, """
                UPDATE promotion_counter SET redemptions_reserved = redemptions_reserved - 1,
                    redemptions_used = redemptions_used + 1, budget_reserved = budget_reserved - """ + BUDGET + """
                , budget_used = budget_used + """ + BUDGET + KEY + """
                 AND redemptions_reserved >= 1 AND budget_reserved >= """ + BUDGET);
    }

    @Override
    public void release(MerchantId merchantId, String promotionId, Money amount) {
        move(merchantId, promotionId, amount, """
                UPDATE promotion_counter SET redemptions_reserved = redemptions_reserved - 1,
                    budget_reserved = budget_reserved - """ + BUDGET + KEY + """
                 AND redemptions_reserved >= 1 AND budget_reserved >= """ + BUDGET);
    }

    @Override
    public void giveBack(MerchantId merchantId, String promotionId, Money amount, boolean redemption) {
        session.withHandle(h -> expectOne(h.createUpdate("""
                        UPDATE promotion_counter SET redemptions_used = redemptions_used - :redemption,
                            budget_used = budget_used - """ + BUDGET + KEY + """
                         AND redemptions_used >= :redemption AND budget_used >= """ + BUDGET)
                .bind("merchant", merchantId.value())
                .bind("id", promotionId)
                .bind("amount", amount.minorUnits())
                .bind("redemption", redemption ? 1 : 0)
                .execute(), promotionId));
    }

    @Override
    public Either<LimitRejection, PromotionCounters> grant(MerchantId merchantId, String promotionId) {
        return conditional(merchantId, promotionId, null, """
                UPDATE promotion_counter SET coupons_granted = coupons_granted + 1""" + KEY + """
                 AND (coupon_quantity IS NULL OR coupons_granted < coupon_quantity)""",
                row -> row.counters().grant(row.limits()));
    }

    private Either<LimitRejection, PromotionCounters> conditional(MerchantId merchantId, String promotionId,
            Money amount, String sql, Function<Row, Either<LimitRejection, PromotionCounters>> rule) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int moved = session.withHandle(h -> {
                var update = h.createUpdate(sql).bind("merchant", merchantId.value()).bind("id", promotionId);
                if (amount != null) {
                    update.bind("amount", amount.minorUnits()).bind("currency", amount.currency().getCurrencyCode());
                }
                return update.execute();
            });
            Row row = read(merchantId, promotionId)
                    .orElseThrow(() -> new IllegalStateException("no counters for promotion " + promotionId));
            if (moved == 1) {
                return Either.right(row.counters());
            }
            Either<LimitRejection, PromotionCounters> verdict = rule.apply(row);
            if (verdict.isLeft()) {
                return verdict;
            }
        }
        throw new IllegalStateException("counters of " + promotionId + " keep moving under the update");
    }

    private void move(MerchantId merchantId, String promotionId, Money amount, String sql) {
        session.withHandle(h -> expectOne(h.createUpdate(sql)
                .bind("merchant", merchantId.value())
                .bind("id", promotionId)
                .bind("amount", amount.minorUnits())
                .execute(), promotionId));
    }

    private Optional<Row> read(MerchantId merchantId, String promotionId) {
        return session.withHandle(h -> h.createQuery("SELECT * FROM promotion_counter" + KEY)
                .bind("merchant", merchantId.value())
                .bind("id", promotionId)
                .map((rs, ctx) -> row(rs))
                .findOne());
    }

    private static Row row(ResultSet rs) throws SQLException {
        long budgetLimit = rs.getLong("budget_limit");
        Optional<Money> budget = rs.wasNull() ? Optional.empty()
                : Optional.of(Money.ofMinor(budgetLimit, Currency.getInstance(rs.getString("budget_currency").trim())));
        PromotionLimits limits = new PromotionLimits(optionalLong(rs, "redemption_limit"), budget,
                optionalLong(rs, "coupon_quantity"));
        return new Row(limits, new PromotionCounters(rs.getLong("redemptions_used"), rs.getLong("redemptions_reserved"),
                rs.getLong("budget_used"), rs.getLong("budget_reserved"), rs.getLong("coupons_granted")));
    }

    private static OptionalLong optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static boolean expectOne(int rows, String promotionId) {
        if (rows != 1) {
            throw new IllegalStateException("counters of promotion " + promotionId + " could not move (" + rows + " rows)");
        }
        return true;
    }
}
