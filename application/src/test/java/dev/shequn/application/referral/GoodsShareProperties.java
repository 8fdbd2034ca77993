package dev.shequn.application.referral;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.shared.Money;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class GoodsShareProperties {

    @Property
    void givenRefundsInAnyParts_thenGoodsSharesAddUpAndAFullRefundTakesBackAllGoods(
            @ForAll @LongRange(min = 1, max = 10_000_000) long goods,
            @ForAll @LongRange(min = 0, max = 100_000) long shipping,
            @ForAll @Size(max = 6) List<@IntRange(min = 1, max = 100) Integer> percents) {
        Money goodsPaid = Money.ofMinor(goods, java.util.Currency.getInstance("CNY"));
        Money paid = goodsPaid.plus(Money.ofMinor(shipping, goodsPaid.currency()));
        Money refunded = Money.zero(goodsPaid.currency());
        Money taken = Money.zero(goodsPaid.currency());
        for (int percent : percents) {
            Money part = Money.ofMinor(Math.max(1, paid.minus(refunded).minorUnits() * percent / 100), paid.currency());
            if (refunded.plus(part).isGreaterThan(paid)) {
                break;
            }
            Money after = refunded.plus(part);
            Money share = ReferringOrders.goodsShare(goodsPaid, after, paid)
                    .minus(ReferringOrders.goodsShare(goodsPaid, refunded, paid));
            assertThat(share.isNegative()).isFalse();
            taken = taken.plus(share);
            refunded = after;
        }
        Money last = ReferringOrders.goodsShare(goodsPaid, paid, paid)
                .minus(ReferringOrders.goodsShare(goodsPaid, refunded, paid));
        assertThat(taken.plus(last)).isEqualTo(goodsPaid);
    }
}
