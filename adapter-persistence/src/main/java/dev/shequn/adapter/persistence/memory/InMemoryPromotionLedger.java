package dev.shequn.adapter.persistence.memory;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.PromotionLedger;
import dev.shequn.domain.promotion.LimitRejection;
import dev.shequn.domain.promotion.PromotionCounters;
import dev.shequn.domain.promotion.PromotionLimits;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The counters in memory: each move is one compare-and-set under the store's lock, the in-memory form of the
 * database's conditional update, and undone with the unit of work it ran in.
 */
public final class InMemoryPromotionLedger implements PromotionLedger {

    private record Row(PromotionLimits limits, PromotionCounters counters) {}

    private final InMemoryStore store;
    private final Map<RowKey, Row> rows = new HashMap<>();

    public InMemoryPromotionLedger(InMemoryStore store) {
        this.store = requireNonNull(store, "store");
    }

    @Override
    public boolean open(MerchantId merchantId, String promotionId, PromotionLimits limits, PromotionCounters initial) {
        RowKey key = RowKey.of(merchantId, promotionId);
        return store.locked(() -> {
            if (rows.containsKey(key)) {
                return false;
            }
            put(key, new Row(limits, initial));
            return true;
        });
    }

    @Override
    public void changeLimits(MerchantId merchantId, String promotionId, PromotionLimits limits) {
        move(merchantId, promotionId, row -> new Row(limits, row.counters()));
    }

    @Override
    public Optional<PromotionCounters> counters(MerchantId merchantId, String promotionId) {
        return store.locked(() -> Optional.ofNullable(rows.get(RowKey.of(merchantId, promotionId))).map(Row::counters));
    }

    @Override
    public Either<LimitRejection, PromotionCounters> reserve(MerchantId merchantId, String promotionId, Money amount) {
        return tryMove(merchantId, promotionId, row -> row.counters().reserve(row.limits(), amount));
    }

    @Override
    public void commit(MerchantId merchantId, String promotionId, Money amount) {
        move(merchantId, promotionId, row -> new Row(row.limits(), row.counters().commit(row.limits(), amount)));
    }

    @Override
    public void release(MerchantId merchantId, String promotionId, Money amount) {
        move(merchantId, promotionId, row -> new Row(row.limits(), row.counters().release(row.limits(), amount)));
    }

    @Override
    public void giveBack(MerchantId merchantId, String promotionId, Money amount, boolean redemption) {
        move(merchantId, promotionId, row -> new Row(row.limits(),
                row.counters().giveBack(row.limits(), amount, redemption)));
    }

    @Override
    public Either<LimitRejection, PromotionCounters> grant(MerchantId merchantId, String promotionId) {
        return tryMove(merchantId, promotionId, row -> row.counters().grant(row.limits()));
    }

    private Either<LimitRejection, PromotionCounters> tryMove(MerchantId merchantId, String promotionId,
            java.util.function.Function<Row, Either<LimitRejection, PromotionCounters>> rule) {
        RowKey key = RowKey.of(merchantId, promotionId);
        return store.locked(() -> {
            Row row = existing(key);
            Either<LimitRejection, PromotionCounters> moved = rule.apply(row);
            moved.forEach(counters -> put(key, new Row(row.limits(), counters)));
            return moved;
        });
    }

    private void move(MerchantId merchantId, String promotionId, UnaryOperator<Row> change) {
        RowKey key = RowKey.of(merchantId, promotionId);
        store.locked(() -> {
            put(key, change.apply(existing(key)));
            return null;
        });
    }

    private Row existing(RowKey key) {
        Row row = rows.get(key);
        if (row == null) {
            throw new IllegalStateException("no counters for promotion " + key.first() + " of " + key.merchant());
        }
        return row;
    }

    private void put(RowKey key, Row row) {
        Row before = rows.put(key, row);
        store.onRollback(() -> {
            if (before == null) {
                rows.remove(key);
            } else {
                rows.put(key, before);
            }
        });
    }
}
