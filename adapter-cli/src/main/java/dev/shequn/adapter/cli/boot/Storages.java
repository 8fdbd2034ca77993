package dev.shequn.adapter.cli.boot;

import dev.shequn.adapter.cli.Backend;
import dev.shequn.adapter.cli.StorageChoice;
import dev.shequn.adapter.persistence.config.Storage;
import dev.shequn.adapter.persistence.config.StorageConfig;
import dev.shequn.adapter.persistence.config.StorageFactory;
import dev.shequn.application.Referrals;
import dev.shequn.application.Shequn;
import dev.shequn.application.ShequnPromotions;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.application.referral.CouponGrantingThroughCatalog;
import java.time.Clock;

/** Opens the storage a command line chose and builds the use cases over it: the real {@link Backend.Factory}. */
final class Storages implements Backend.Factory {

    private final Clock clock;

    Storages(Clock clock) {
        this.clock = clock;
    }

    static StorageConfig config(StorageChoice choice) {
        return choice.dbUrl()
                .<StorageConfig>map(url -> new StorageConfig.Postgres(url, choice.dbUser(), choice.dbPassword()))
                .orElseGet(() -> new StorageConfig.EmbeddedFile(choice.dataDirectory()));
    }

    /** The promotion catalogue and order use cases over one opened storage. */
    static ShequnPromotions promotionsOn(Storage storage, Clock clock) {
        return new ShequnPromotions(storage.outPorts(), storage.promotionPorts(), clock);
    }

    /** The referral use cases over one opened storage; coupon rewards are granted through the catalogue. */
    static Referrals referralsOn(Storage storage, ShequnPromotions promotions, Clock clock) {
        return new Referrals(storage.outPorts(), storage.referrals(), storage.incentives(), storage.ledgers(),
                new CouponGrantingThroughCatalog(promotions.grantCoupon()), clock);
    }

    @Override
    public Backend open(StorageChoice choice) {
        Storage storage = StorageFactory.open(config(choice));
        Shequn shequn = new Shequn(storage.outPorts(), clock);
        ShequnPromotions promotions = promotionsOn(storage, clock);
        Referrals referrals = referralsOn(storage, promotions, clock);
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
                return storage.unitOfWork();
            }

            @Override
            public MemberRepository members() {
                return storage.members();
            }

            @Override
            public void close() {
                storage.close();
            }
        };
    }
}
