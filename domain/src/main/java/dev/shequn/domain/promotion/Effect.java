package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** What a promotion gives. The eight effects of the pricing contract. */
public sealed interface Effect {

    /** Percent of each targeted line's remaining amount; 5折 (pay half) is 50. */
    record PercentOff(BigDecimal percent, OptionalLong maxQuantity) implements Effect {
        public PercentOff {
            checkArgument(percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0, "percent 0-100");
            requireNonNull(maxQuantity, "maxQuantity");
        }
    }

    /** An amount off the order (spread over the targeted lines), off each targeted unit, or off each line. */
    record AmountOff(Money amount, Per per, OptionalLong maxQuantity) implements Effect {
        public AmountOff {
            requireNonNull(amount, "amount");
            requireNonNull(per, "per");
            requireNonNull(maxQuantity, "maxQuantity");
            checkArgument(maxQuantity.isEmpty() || per == Per.UNIT, "maxQuantity only with per unit");
        }
    }

    enum Per {
        ORDER,
        UNIT,
        LINE
    }

    /** 满减: the {@code off} of the highest step reached; with {@code repeat}, for every full multiple. */
    record SpendThreshold(List<Step> steps, boolean repeat) implements Effect {
        public SpendThreshold {
            steps = List.copyOf(steps);
            checkArgument(!steps.isEmpty(), "at least one step");
            checkArgument(!repeat || (steps.size() == 1 && steps.get(0).spend().isPositive()),
                    "repeat needs exactly one step with spend above zero");
        }
    }

    record Step(Money spend, Money off) {
        public Step {
            requireNonNull(spend, "spend");
            requireNonNull(off, "off");
        }
    }

    /** Of the pooled targeted units, {@code floor(units / (buy + get)) * get}, the cheapest, are {@code percent} off. */
    record BuyXGetY(long buy, long get, BigDecimal percent) implements Effect {
        public BuyXGetY {
            checkArgument(buy >= 1 && get >= 1, "buy and get at least 1");
            checkArgument(percent.signum() >= 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0, "percent 0-100");
        }
    }

    /** Flash price: each targeted unit costs {@code unitPrice}; units already cheaper are left alone. */
    record FixedPrice(Money unitPrice) implements Effect {
        public FixedPrice {
            requireNonNull(unitPrice, "unitPrice");
        }
    }

    /** 满赠: adds a gift to the answer and discounts nothing. */
    record Gift(String sku, long quantity) implements Effect {
        public Gift {
            requireNonNull(sku, "sku");
            checkArgument(quantity >= 1, "gift quantity at least 1");
        }
    }

    /**
     * 预售抵扣 (定金膨胀): a {@code deposit} paid in advance counts as {@code credit}. The give-away is
     * {@code credit - deposit}; the deposit itself comes off the amount still due.
     */
    record DepositCredit(Money deposit, Money credit) implements Effect {
        public DepositCredit {
            requireNonNull(deposit, "deposit");
            requireNonNull(credit, "credit");
            checkArgument(credit.compareTo(deposit) >= 0, "credit must be at least deposit");
        }
    }

    /** Takes from shipping only: a fixed amount or a percent, exactly one of them. */
    record ShippingOff(Optional<Money> amount, Optional<BigDecimal> percent) implements Effect {
        public ShippingOff {
            requireNonNull(amount, "amount");
            requireNonNull(percent, "percent");
            checkArgument(amount.isPresent() != percent.isPresent(), "exactly one of amount and percent");
        }
    }
}
