package dev.shequn.adapter.cli;

import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.adapter.persistence.memory.InMemoryPromotionPorts;
import dev.shequn.adapter.persistence.memory.InMemoryReferralAdapters;
import dev.shequn.application.OutPorts;
import dev.shequn.application.Referrals;
import dev.shequn.application.Shequn;
import dev.shequn.application.ShequnPromotions;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.application.referral.CouponGrantingThroughCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One in-memory storage that every command of a test opens, so a later command sees what an earlier one did. */
final class InMemoryBackends implements Backend.Factory {

    final OutPorts ports = InMemoryPorts.create();
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final Shequn shequn = new Shequn(ports, clock);
    final ShequnPromotions promotions = new ShequnPromotions(ports, InMemoryPromotionPorts.beside(ports), clock);
    private final InMemoryReferralAdapters referralAdapters = InMemoryReferralAdapters.over(ports);
    private final Referrals referrals = new Referrals(ports, referralAdapters.referrals(), referralAdapters.incentives(),
            referralAdapters.ledgers(), new CouponGrantingThroughCatalog(promotions.grantCoupon()), clock);
    StorageChoice lastChoice;

    @Override
    public Backend open(StorageChoice choice) {
        lastChoice = choice;
        return new Backend() {
            @Override
            public Shequn shequn() {
                return shequn;
            }

            @Override
            public ShequnPromotions promotions() {
                return promotions;
            }

            @Override
            public Referrals referrals() {
                return referrals;
            }

            @Override
            public UnitOfWork unitOfWork() {
                return ports.unitOfWork();
            }

            @Override
            public MemberRepository members() {
                return ports.members();
            }

            @Override
            public void close() {
                // The in-memory storage outlives each command, as a database would.
            }
        };
    }
}
