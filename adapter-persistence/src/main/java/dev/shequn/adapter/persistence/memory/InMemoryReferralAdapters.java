package dev.shequn.adapter.persistence.memory;

import static com.google.common.base.Preconditions.checkArgument;

import dev.shequn.application.OutPorts;

/** The referral repositories in memory, over the same store as {@link InMemoryPorts}, so one unit of work spans all. */
public record InMemoryReferralAdapters(
        InMemoryReferralRepository referrals,
        InMemoryIncentiveRepository incentives,
        InMemoryLedgerRepository ledgers) {

    public static InMemoryReferralAdapters over(OutPorts ports) {
        checkArgument(ports.unitOfWork() instanceof InMemoryStore, "in-memory adapters share the in-memory store");
        InMemoryStore store = (InMemoryStore) ports.unitOfWork();
        return new InMemoryReferralAdapters(new InMemoryReferralRepository(store), new InMemoryIncentiveRepository(store),
                new InMemoryLedgerRepository(store));
    }
}
