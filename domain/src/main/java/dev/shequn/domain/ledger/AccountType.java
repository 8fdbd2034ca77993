package dev.shequn.domain.ledger;

/** The kinds of account in a merchant's books, each kept once per asset. */
public enum AccountType {
    /** What the member may spend or withdraw. */
    MEMBER_AVAILABLE(true),
    /** Credited from an order still inside its refund window. */
    MEMBER_FROZEN(true),
    /** Cash the member asked to withdraw, awaiting the merchant's decision. */
    MEMBER_WITHDRAWING(true),
    /** The merchant's cost of rewards and commission: goes negative as it grants. */
    MERCHANT_REWARD_EXPENSE(false),
    /** What a reversal could not take back from a member (already spent or withdrawn): goes negative. */
    MERCHANT_LOSS(false),
    /** Withdrawals the merchant approved, to be paid out by the host: goes positive. */
    MERCHANT_PAYOUT(false);

    private final boolean memberAccount;

    AccountType(boolean memberAccount) {
        this.memberAccount = memberAccount;
    }

    public boolean isMemberAccount() {
        return memberAccount;
    }
}
