package dev.shequn.domain.community;

/**
 * Whether the member who wants to join holds at least a given tier. The tier ladder answers it; the community
 * only knows its minimum tier by code, which keeps communities independent of how tiers are earned.
 */
@FunctionalInterface
public interface TierStandingCheck {

    boolean holdsAtLeast(String tierCode);

    /** For a merchant without a ladder: no one holds any tier. */
    static TierStandingCheck noTiers() {
        return tier -> false;
    }
}
