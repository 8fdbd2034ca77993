package dev.shequn.application.promotion;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.Transactions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.UseCaseError.AlreadyExists;
import dev.shequn.application.common.UseCaseError.NotFound;
import dev.shequn.application.common.UseCaseError.Refused;
import dev.shequn.application.common.VersionConflict;
import dev.shequn.application.port.in.ChangePromotionStatusUseCase;
import dev.shequn.application.port.in.CouponView;
import dev.shequn.application.port.in.CreatePromotionUseCase;
import dev.shequn.application.port.in.ExpireCouponsUseCase;
import dev.shequn.application.port.in.FindPromotionUseCase;
import dev.shequn.application.port.in.GrantCouponUseCase;
import dev.shequn.application.port.in.ListPromotionsUseCase;
import dev.shequn.application.port.in.ListMemberCouponsUseCase;
import dev.shequn.application.port.in.PromotionView;
import dev.shequn.application.port.in.UpdatePromotionUseCase;
import dev.shequn.application.port.out.CatalogPromotionRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.MemberCouponRepository;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.PromotionLedger;
import dev.shequn.application.port.out.RandomSource;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.promotion.CatalogPromotion;
import dev.shequn.domain.promotion.CouponCode;
import dev.shequn.domain.promotion.MemberCoupon;
import dev.shequn.domain.promotion.PromotionCounters;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The promotion catalogue: promotions through their life, and coupons granted from templates. */
public final class PromotionCatalogService implements CreatePromotionUseCase, UpdatePromotionUseCase,
        ChangePromotionStatusUseCase, GrantCouponUseCase, ListMemberCouponsUseCase, ExpireCouponsUseCase,
        FindPromotionUseCase, ListPromotionsUseCase {

    /** A fresh code colliding with a taken one is rare (48 bits); a few draws settle it. */
    private static final int CODE_DRAWS = 5;

    private final CatalogPromotionRepository promotions;
    private final PromotionLedger ledger;
    private final MemberCouponRepository coupons;
    private final MemberRepository members;
    private final RandomSource random;
    private final EventOutbox outbox;
    private final Transactions transactions;
    private final Clock clock;

    public PromotionCatalogService(CatalogPromotionRepository promotions, PromotionLedger ledger,
            MemberCouponRepository coupons, MemberRepository members, RandomSource random, EventOutbox outbox,
            UnitOfWork unitOfWork, Clock clock) {
        this.promotions = requireNonNull(promotions, "promotions");
        this.ledger = requireNonNull(ledger, "ledger");
        this.coupons = requireNonNull(coupons, "coupons");
        this.members = requireNonNull(members, "members");
        this.random = requireNonNull(random, "random");
        this.outbox = requireNonNull(outbox, "outbox");
        this.transactions = new Transactions(unitOfWork);
        this.clock = requireNonNull(clock, "clock");
    }

    @Override
    public Either<UseCaseError, PromotionView> createPromotion(CreatePromotionUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("promotion " + command.definition().id(), () -> {
            MerchantId merchant = command.merchantId();
            String id = command.definition().id();
            if (promotions.find(merchant, id).isPresent()) {
                return Either.left(new AlreadyExists("promotion", id));
            }
            CatalogPromotion promotion = CatalogPromotion.create(merchant, command.definition(),
                    Optional.ofNullable(command.couponTerms()), clock.instant());
            PromotionCounters initial = CatalogPromotion.initialCounters(command.definition());
            VersionConflict.check(promotions.save(promotion), "promotion " + id);
            VersionConflict.check(ledger.open(merchant, id, promotion.limits(), initial), "counters of " + id);
            outbox.append(List.of(promotion.created()));
            return Either.right(PromotionView.of(promotion, initial));
        }));
    }

    @Override
    public Either<UseCaseError, PromotionView> updatePromotion(UpdatePromotionUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("promotion " + command.definition().id(), () ->
                load(command.merchantId(), command.definition().id()).flatMap(promotion -> promotion
                        .update(command.definition(), Optional.ofNullable(command.couponTerms()), clock.instant())
                        .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                        .map(event -> {
                            VersionConflict.check(promotions.save(promotion), "promotion " + promotion.id());
                            ledger.changeLimits(promotion.merchantId(), promotion.id(), promotion.limits());
                            outbox.append(List.of(event));
                            return view(promotion);
                        }))));
    }

    @Override
    public Either<UseCaseError, PromotionView> changeStatus(ChangePromotionStatusUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("promotion " + command.promotionId(), () ->
                load(command.merchantId(), command.promotionId()).flatMap(promotion -> promotion
                        .moveTo(command.status(), clock.instant())
                        .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                        .map(event -> {
                            if (event.isPresent()) {
                                VersionConflict.check(promotions.save(promotion), "promotion " + promotion.id());
                                outbox.append(List.of(event.get()));
                            }
                            return view(promotion);
                        }))));
    }

    @Override
    public Either<UseCaseError, CouponView> grantCoupon(GrantCouponUseCase.Command command) {
        return Commands.ifValid(command, () -> transactions.write("grant of " + command.promotionId(), () -> {
            MerchantId merchant = command.merchantId();
            String memberId = command.memberId().value();
            if (members.find(merchant, command.memberId()).isEmpty()) {
                return Either.left(new NotFound("member", memberId));
            }
            Instant now = clock.instant();
            return load(merchant, command.promotionId())
                    .flatMap(promotion -> promotion.checkGrant(coupons.countGranted(merchant, memberId, promotion.id()), now)
                            .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail())))
                    .flatMap(window -> ledger.grant(merchant, command.promotionId())
                            .<UseCaseError>mapLeft(r -> new Refused(r.reason(), r.detail()))
                            .map(counted -> window))
                    .flatMap(window -> {
                        for (int draw = 0; draw < CODE_DRAWS; draw++) {
                            CouponCode code = CouponCode.fromRandom(random.nextBytes(CouponCode.RANDOM_BYTES));
                            if (coupons.find(merchant, code).isPresent()) {
                                continue;
                            }
                            MemberCoupon coupon = MemberCoupon.grant(merchant, code, command.promotionId(), memberId, window, now);
                            // A code taken by a concurrent grant between find and save: the whole grant retries.
                            VersionConflict.check(coupons.save(coupon), "coupon code " + code);
                            outbox.append(List.of(coupon.granted()));
                            return Either.right(CouponView.of(coupon, now));
                        }
                        throw new IllegalStateException("no free coupon code in " + CODE_DRAWS + " draws: the random source repeats itself");
                    });
        }));
    }

    @Override
    public Either<UseCaseError, List<CouponView>> listCoupons(ListMemberCouponsUseCase.Query query) {
        return Commands.ifValid(query, () -> {
            if (members.find(query.merchantId(), query.memberId()).isEmpty()) {
                return Either.left(new NotFound("member", query.memberId().value()));
            }
            Instant now = clock.instant();
            return Either.right(coupons.findByMember(query.merchantId(), query.memberId().value()).stream()
                    .map(c -> CouponView.of(c, now)).toList());
        });
    }

    @Override
    public Either<UseCaseError, ExpireCouponsUseCase.Result> expireCoupons(ExpireCouponsUseCase.Command command) {
        return Commands.ifValid(command, () -> {
            Instant now = clock.instant();
            List<String> expired = new ArrayList<>();
            for (MemberCoupon lapsed : coupons.findLapsed(now, command.limit())) {
                Either<UseCaseError, Boolean> marked = transactions.write("coupon " + lapsed.code(), () -> {
                    Optional<MemberCoupon> fresh = coupons.find(lapsed.merchantId(), lapsed.code());
                    Optional<DomainEvent> event = fresh.flatMap(coupon -> coupon.expireIfOver(now));
                    if (event.isEmpty()) {
                        return Either.right(false); // reserved by an order meanwhile
                    }
                    VersionConflict.check(coupons.save(fresh.get()), "coupon " + lapsed.code());
                    outbox.append(List.of(event.get()));
                    return Either.right(true);
                });
                if (marked.isLeft()) {
                    return Either.left(marked.getLeft());
                }
                if (marked.get()) {
                    expired.add(lapsed.code().value());
                }
            }
            return Either.right(new ExpireCouponsUseCase.Result(expired));
        });
    }

    @Override
    public Either<UseCaseError, PromotionView> findPromotion(FindPromotionUseCase.Query query) {
        return Commands.ifValid(query, () -> load(query.merchantId(), query.promotionId()).map(this::view));
    }

    @Override
    public Either<UseCaseError, List<PromotionView>> listPromotions(ListPromotionsUseCase.Query query) {
        return Commands.ifValid(query, () -> Either.right(promotions.findAll(query.merchantId()).stream()
                .sorted(Comparator.comparing(CatalogPromotion::id))
                .map(this::view)
                .toList()));
    }

    private Either<UseCaseError, CatalogPromotion> load(MerchantId merchant, String id) {
        return promotions.find(merchant, id).<Either<UseCaseError, CatalogPromotion>>map(Either::right)
                .orElseGet(() -> Either.left(new NotFound("promotion", id)));
    }

    private PromotionView view(CatalogPromotion promotion) {
        return PromotionView.of(promotion, ledger.counters(promotion.merchantId(), promotion.id())
                .orElseThrow(() -> new IllegalStateException("promotion " + promotion.id() + " has no counters")));
    }
}
