package dev.shequn.domain.promotion;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.promotion.PromotionEvents.PromotionCreated;
import dev.shequn.domain.promotion.PromotionEvents.PromotionStatusChanged;
import dev.shequn.domain.promotion.PromotionEvents.PromotionUpdated;
import dev.shequn.domain.promotion.PromotionRejection.Reason;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A promotion in a merchant's catalogue: the pricing contract's definition, with a status, and for a coupon
 * template (a definition with a {@code code}) the {@link CouponTerms} of its grants. Automatic promotions
 * and coupon templates both live here; only active ones price orders.
 *
 * <p>The definition's {@code budget.limit} and {@code redemptions.limit} are the caps; what has been spent
 * is not part of this aggregate but of its {@link PromotionCounters}, which move by conditional updates
 * (many orders at once) while this aggregate changes by optimistic versioning (an operator's edit). The
 * stored definition therefore always has {@code used} zero. {@code version} is the stored version this copy
 * was read at (0: new).
 */
public final class CatalogPromotion {

    private final MerchantId merchantId;
    private final Instant createdAt;
    private final long version;
    private Promotion definition;
    private Optional<CouponTerms> couponTerms;
    private PromotionStatus status;
    private Instant updatedAt;

    private CatalogPromotion(MerchantId merchantId, Promotion definition, Optional<CouponTerms> couponTerms,
            PromotionStatus status, Instant createdAt, Instant updatedAt, long version) {
        this.merchantId = requireNonNull(merchantId, "merchantId");
        this.definition = checkDefinition(definition, couponTerms);
        this.couponTerms = couponTerms;
        this.status = requireNonNull(status, "status");
        this.createdAt = requireNonNull(createdAt, "createdAt");
        this.updatedAt = requireNonNull(updatedAt, "updatedAt");
        checkArgument(version >= 0, "version must not be negative");
        this.version = version;
    }

    /** A new promotion, in draft. The counters it starts with come from {@link #initialCounters(Promotion)}. */
    public static CatalogPromotion create(MerchantId merchantId, Promotion definition, Optional<CouponTerms> couponTerms,
            Instant now) {
        return new CatalogPromotion(merchantId, withoutUsage(definition), couponTerms, PromotionStatus.DRAFT, now, now, 0);
    }

    public static CatalogPromotion reconstitute(MerchantId merchantId, Promotion definition,
            Optional<CouponTerms> couponTerms, PromotionStatus status, Instant createdAt, Instant updatedAt, long version) {
        return new CatalogPromotion(merchantId, definition, couponTerms, status, createdAt, updatedAt, version);
    }

    /** A campaign brought over half spent keeps what its definition says was used. */
    public static PromotionCounters initialCounters(Promotion definition) {
        return new PromotionCounters(definition.redemptions().map(Promotion.Redemptions::used).orElse(0L), 0,
                definition.budget().map(b -> b.used().minorUnits()).orElse(0L), 0, 0);
    }

    public PromotionCreated created() {
        return new PromotionCreated(merchantId, id(), isCouponTemplate(), createdAt);
    }

    /** Replaces the definition and terms, while nobody can use the promotion (draft or paused). */
    public Either<PromotionRejection, PromotionUpdated> update(Promotion newDefinition, Optional<CouponTerms> newTerms,
            Instant now) {
        checkArgument(newDefinition.id().equals(id()), "the id of a promotion never changes");
        if (status != PromotionStatus.DRAFT && status != PromotionStatus.PAUSED) {
            return Either.left(new PromotionRejection(Reason.NOT_EDITABLE,
                    "promotion " + id() + " is " + status + "; pause it to edit it"));
        }
        if (newDefinition.code().isPresent() != isCouponTemplate()) {
            return Either.left(new PromotionRejection(Reason.KIND_CHANGED,
                    "promotion " + id() + " is " + (isCouponTemplate() ? "a coupon template" : "automatic")));
        }
        this.definition = checkDefinition(withoutUsage(newDefinition), newTerms);
        this.couponTerms = newTerms;
        this.updatedAt = now;
        return Either.right(new PromotionUpdated(merchantId, id(), now));
    }

    /** Moves the status; asking for the status it already has changes nothing and answers no event. */
    public Either<PromotionRejection, Optional<PromotionStatusChanged>> moveTo(PromotionStatus target, Instant now) {
        requireNonNull(target, "target");
        if (target == status) {
            return Either.right(Optional.empty());
        }
        if (!status.canMoveTo(target)) {
            return Either.left(new PromotionRejection(Reason.TRANSITION_NOT_ALLOWED,
                    "promotion " + id() + " cannot go from " + status + " to " + target));
        }
        PromotionStatus from = status;
        status = target;
        updatedAt = now;
        return Either.right(Optional.of(new PromotionStatusChanged(merchantId, id(), from, target, now)));
    }

    /**
     * Whether a coupon may be granted to a member who already holds {@code grantedToMember} of this template's
     * coupons. The total quantity is the counters' to check, as it moves under concurrency. Answers the new
     * coupon's window.
     */
    public Either<PromotionRejection, CouponValidity.CouponWindow> checkGrant(long grantedToMember, Instant now) {
        if (couponTerms.isEmpty()) {
            return Either.left(new PromotionRejection(Reason.NOT_A_COUPON_TEMPLATE,
                    "promotion " + id() + " is automatic: it has no coupons"));
        }
        if (status != PromotionStatus.ACTIVE) {
            return Either.left(new PromotionRejection(Reason.NOT_ACTIVE, "promotion " + id() + " is " + status));
        }
        CouponTerms terms = couponTerms.get();
        OptionalLong perMember = terms.perMemberGrantLimit();
        if (perMember.isPresent() && grantedToMember >= perMember.getAsLong()) {
            return Either.left(new PromotionRejection(Reason.PER_MEMBER_LIMIT_REACHED,
                    "member holds " + grantedToMember + " of at most " + perMember.getAsLong()));
        }
        CouponValidity.CouponWindow window = terms.validity().windowFor(now);
        Instant end = definition.validUntil().filter(until -> until.isBefore(window.validUntil())).orElse(window.validUntil());
        if (!now.isBefore(end)) {
            return Either.left(new PromotionRejection(Reason.VALIDITY_OVER, "coupons of " + id() + " were valid until " + end));
        }
        return Either.right(window);
    }

    /** The definition as the engine prices it for an automatic promotion, its limits net of what is spent or held. */
    public Promotion pricedAutomatically(PromotionCounters counters) {
        checkArgument(!isCouponTemplate(), "a coupon template prices only through a member coupon");
        return priced(counters, definition.code(), definition.validFrom(), definition.validUntil());
    }

    /**
     * The definition as the engine prices it for one member coupon: the coupon's code replaces the template's,
     * and the window is the narrower of the template's and the coupon's, so an expired coupon is refused
     * {@code EXPIRED} by the engine itself.
     */
    public Promotion pricedWithCoupon(PromotionCounters counters, MemberCoupon coupon) {
        checkArgument(coupon.promotionId().equals(id()), "coupon %s is not of %s", coupon.code(), id());
        Instant from = definition.validFrom().filter(f -> f.isAfter(coupon.window().validFrom()))
                .orElse(coupon.window().validFrom());
        Instant until = definition.validUntil().filter(u -> u.isBefore(coupon.window().validUntil()))
                .orElse(coupon.window().validUntil());
        return priced(counters, Optional.of(coupon.code().value()), Optional.of(from), Optional.of(until));
    }

    private Promotion priced(PromotionCounters counters, Optional<String> code, Optional<Instant> from,
            Optional<Instant> until) {
        PromotionLimits limits = limits();
        return new Promotion(definition.id(), definition.name(), code, definition.currency(), definition.priority(),
                definition.stacking(), definition.group(), from, until, definition.conditions(), definition.target(),
                definition.effect(), definition.maxDiscount(), counters.pricingBudget(limits),
                counters.pricingRedemptions(limits), definition.perMemberLimit());
    }

    public PromotionLimits limits() {
        return new PromotionLimits(definition.redemptions().map(r -> OptionalLong.of(r.limit())).orElse(OptionalLong.empty()),
                definition.budget().map(Promotion.Budget::limit),
                couponTerms.map(CouponTerms::quantity).orElse(OptionalLong.empty()));
    }

    public RefundPolicy refundPolicy() {
        return couponTerms.map(CouponTerms::refundPolicy).orElse(RefundPolicy.RESTORE);
    }

    public boolean isCouponTemplate() {
        return definition.code().isPresent();
    }

    public boolean isActive() {
        return status == PromotionStatus.ACTIVE;
    }

    public String id() {
        return definition.id();
    }

    public MerchantId merchantId() {
        return merchantId;
    }

    public Promotion definition() {
        return definition;
    }

    public Optional<CouponTerms> couponTerms() {
        return couponTerms;
    }

    public PromotionStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }

    private static Promotion checkDefinition(Promotion definition, Optional<CouponTerms> couponTerms) {
        requireNonNull(definition, "definition");
        requireNonNull(couponTerms, "couponTerms");
        checkArgument(definition.code().isPresent() == couponTerms.isPresent(),
                "a promotion with a code is a coupon template and needs coupon terms; one without has none");
        definition.budget().ifPresent(budget -> checkArgument(
                definition.currency().map(c -> c.equals(budget.limit().currency())).orElse(false),
                "a promotion with a budget names the budget's currency"));
        checkArgument(definition.budget().map(b -> b.used().isZero()).orElse(true)
                && definition.redemptions().map(r -> r.used() == 0).orElse(true),
                "a stored definition keeps its usage in the counters");
        return definition;
    }

    private static Promotion withoutUsage(Promotion d) {
        return new Promotion(d.id(), d.name(), d.code(), d.currency(), d.priority(), d.stacking(), d.group(),
                d.validFrom(), d.validUntil(), d.conditions(), d.target(), d.effect(), d.maxDiscount(),
                d.budget().map(b -> new Promotion.Budget(b.limit(), Money.zero(b.limit().currency()))),
                d.redemptions().map(r -> new Promotion.Redemptions(r.limit(), 0)), d.perMemberLimit());
    }
}
