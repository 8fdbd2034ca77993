package dev.shequn.adapter.persistence.support;

import dev.shequn.adapter.persistence.memory.InMemoryReferralAdapters;
import dev.shequn.application.port.out.IncentiveRepository;
import dev.shequn.application.port.out.LedgerRepository;
import dev.shequn.application.port.out.ReferralRepository;

/** The referral out-ports of a backend under test, over the same storage as its other ports. */
public record ReferralPorts(ReferralRepository referrals, IncentiveRepository incentives, LedgerRepository ledgers) {

    public static ReferralPorts of(PersistenceBackend backend) {
        if (backend instanceof JdbcBackend jdbc) {
            return new ReferralPorts(jdbc.storage().referrals(), jdbc.storage().incentives(), jdbc.storage().ledgers());
        }
        InMemoryReferralAdapters memory = InMemoryReferralAdapters.over(backend.outPorts());
        return new ReferralPorts(memory.referrals(), memory.incentives(), memory.ledgers());
    }
}
