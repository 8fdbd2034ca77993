package dev.shequn.domain.ledger;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;

/** A member's balances as a reader sees them. */
public record MemberBalances(
        MerchantId merchantId,
        MemberId memberId,
        long pointsAvailable,
        long pointsFrozen,
        Money cashAvailable,
        Money cashFrozen,
        Money cashWithdrawing) {

    public MemberBalances {
        requireNonNull(merchantId, "merchantId");
        requireNonNull(memberId, "memberId");
        requireNonNull(cashAvailable, "cashAvailable");
        requireNonNull(cashFrozen, "cashFrozen");
        requireNonNull(cashWithdrawing, "cashWithdrawing");
    }
}
