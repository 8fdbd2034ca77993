package dev.shequn.adapter.rest;

import static dev.shequn.adapter.rest.RestServer.Access.MERCHANT;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shequn.application.port.in.EvaluatePricingUseCase.Violation;
import dev.shequn.application.json.JsonParser;
import dev.shequn.application.json.JsonPointer;
import dev.shequn.application.json.JsonSyntaxError;
import dev.shequn.application.json.JsonValue;
import dev.shequn.application.port.in.ChangePromotionStatusUseCase;
import dev.shequn.application.port.in.CouponView;
import dev.shequn.application.port.in.CreatePromotionUseCase;
import dev.shequn.application.port.in.FindPromotionUseCase;
import dev.shequn.application.port.in.GrantCouponUseCase;
import dev.shequn.application.port.in.ListPromotionsUseCase;
import dev.shequn.application.port.in.ListMemberCouponsUseCase;
import dev.shequn.application.port.in.PromotionView;
import dev.shequn.application.pricing.PricingContractReader;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.CouponValidity;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.PromotionStatus;
import dev.shequn.domain.promotion.RefundPolicy;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The promotion catalogue: coupon templates and automatic promotions (the pricing contract's definition, read
 * by the same mapping as {@code POST /v1/pricing/evaluate}, plus coupon terms and a status), coupon grants, and
 * a member's coupons.
 */
final class PromotionRoutes {

    private static final String ID_MESSAGE = "must be 1 to 64 characters without control characters";

    private final RestServer.Router router;

    PromotionRoutes(RestServer.Router router) {
        this.router = router;
    }

    void register() {
        router.post("/v1/promotions", MERCHANT, this::create);
        router.get("/v1/promotions", MERCHANT, this::list);
        router.get("/v1/promotions/{id}", MERCHANT, this::find);
        router.patch("/v1/promotions/{id}", MERCHANT, this::changeStatus);
        router.post("/v1/promotions/{id}/grants", MERCHANT, this::grant);
        router.get("/v1/members/{id}/coupons", MERCHANT, this::coupons);
    }

    // ------------------------------------------------------------------------------------------ create

    record CouponTermsBody(
            @Min(0) @Max(1_000_000_000) Long quantity,
            @Min(1) @Max(1_000_000) Long perMemberGrantLimit,
            @Min(1) @Max(CouponValidity.RelativeDays.MAX_DAYS) Integer validDays,
            Instant validUntil,
            @Pattern(regexp = "^(restore|void)$", message = "must be restore or void") String refundPolicy) {}

    record CreatePromotionBody(
            @NotNull @Pattern(regexp = Wire.CURRENCY, message = "must be an ISO 4217 code such as CNY") String currency,
            @NotNull JsonNode definition,
            @Valid CouponTermsBody couponTerms) {}

    record CouponTermsAnswer(Long quantity, Long perMemberGrantLimit, Integer validDays, Instant validUntil,
            String refundPolicy) {

        static CouponTermsAnswer of(CouponTerms terms) {
            Integer days = terms.validity() instanceof CouponValidity.RelativeDays relative ? relative.days() : null;
            Instant until = terms.validity() instanceof CouponValidity.Absolute absolute ? absolute.validUntil() : null;
            return new CouponTermsAnswer(boxed(terms.quantity()), boxed(terms.perMemberGrantLimit()), days, until,
                    Wire.name(terms.refundPolicy()));
        }

        private static Long boxed(OptionalLong value) {
            return value.isPresent() ? value.getAsLong() : null;
        }
    }

    record CountersAnswer(long redemptionsUsed, long redemptionsReserved, Wire.MoneyBody budgetUsed,
            Wire.MoneyBody budgetReserved, long couponsGranted) {}

    record PromotionAnswer(String id, String name, String code, String status, CouponTermsAnswer couponTerms,
            CountersAnswer counters) {

        /** Budget counters only for a promotion with a budget, in the budget's currency. */
        static PromotionAnswer of(PromotionView view) {
            var c = view.counters();
            Optional<Currency> budget = view.definition().budget().map(b -> b.limit().currency());
            return new PromotionAnswer(view.id(), view.definition().name().orElse(null),
                    view.definition().code().orElse(null), Wire.name(view.status()),
                    view.couponTerms().map(CouponTermsAnswer::of).orElse(null),
                    new CountersAnswer(c.redemptionsUsed(), c.redemptionsReserved(),
                            budget.map(b -> Wire.MoneyBody.of(Money.ofMinor(c.budgetUsed(), b))).orElse(null),
                            budget.map(b -> Wire.MoneyBody.of(Money.ofMinor(c.budgetReserved(), b))).orElse(null),
                            c.couponsGranted()));
        }
    }

    /** Created in draft; {@code PATCH} activates it. */
    private Reply create(Request request) {
        CreatePromotionBody body = request.body(CreatePromotionBody.class);
        Currency currency = Wire.convert("/currency", body.currency(), Currency::getInstance);
        Promotion definition = definition(body.definition(), currency);
        CouponTerms terms = body.couponTerms() == null ? null : terms(body.couponTerms());
        var command = new CreatePromotionUseCase.Command(request.merchant(), definition, terms);
        return UseCaseErrors.reply(router.services().createPromotion().createPromotion(command),
                view -> Reply.created(PromotionAnswer.of(view)));
    }

    /** The definition through the pricing contract's own reader, its violations pointing into the body. */
    private Promotion definition(JsonNode node, Currency currency) {
        Either<JsonSyntaxError, JsonValue> parsed = JsonParser.parse(router.json().write(node));
        if (parsed.isLeft()) {
            throw ProblemException.invalid("/definition", parsed.getLeft().message());
        }
        Either<List<Violation>, Promotion> read =
                PricingContractReader.readPromotion(parsed.get(), JsonPointer.ROOT.child("definition"), currency);
        if (read.isLeft()) {
            throw new ProblemException(Problem.validation(read.getLeft().stream()
                    .map(v -> Problem.FieldError.at(v.pointer(), v.detail())).toList()));
        }
        return read.get();
    }

    private static CouponTerms terms(CouponTermsBody body) {
        if ((body.validDays() == null) == (body.validUntil() == null)) {
            throw ProblemException.invalid("/couponTerms", "needs exactly one of validDays and validUntil");
        }
        CouponValidity validity = body.validDays() != null
                ? new CouponValidity.RelativeDays(body.validDays())
                : new CouponValidity.Absolute(Optional.empty(), body.validUntil());
        RefundPolicy policy = body.refundPolicy() == null ? RefundPolicy.RESTORE
                : Wire.enumValue("/couponTerms/refundPolicy", body.refundPolicy(), RefundPolicy.class);
        return Wire.convert("/couponTerms", body, b -> new CouponTerms(
                b.quantity() == null ? OptionalLong.empty() : OptionalLong.of(b.quantity()),
                b.perMemberGrantLimit() == null ? OptionalLong.empty() : OptionalLong.of(b.perMemberGrantLimit()),
                validity, policy));
    }

    // ------------------------------------------------------------------------------------------- reads

    private Reply find(Request request) {
        String id = Wire.pathId(request, "id", "promotion", raw -> raw);
        return UseCaseErrors.reply(
                router.services().findPromotion().findPromotion(new FindPromotionUseCase.Query(request.merchant(), id)),
                view -> Reply.ok(PromotionAnswer.of(view)));
    }

    /** Every status, ordered by id; the cursor is the last id of the page before. */
    private Reply list(Request request) {
        int limit = request.limit();
        Optional<String> after = request.cursor();
        return UseCaseErrors.reply(
                router.services().listPromotions().listPromotions(new ListPromotionsUseCase.Query(request.merchant())),
                all -> {
                    List<PromotionView> rest = all.stream()
                            .filter(p -> after.isEmpty() || p.id().compareTo(after.get()) > 0).toList();
                    List<PromotionAnswer> items = rest.stream().limit(limit).map(PromotionAnswer::of).toList();
                    String next = rest.size() > limit ? Request.Cursors.encode(items.get(limit - 1).id()) : null;
                    return Reply.ok(new Request.Page<>(items, next));
                });
    }

    // ------------------------------------------------------------------------------------------ status

    record StatusBody(
            @NotNull @Pattern(regexp = "^(active|paused|ended)$", message = "must be active, paused or ended") String status) {}

    private Reply changeStatus(Request request) {
        String id = Wire.pathId(request, "id", "promotion", raw -> raw);
        StatusBody body = request.body(StatusBody.class);
        var command = new ChangePromotionStatusUseCase.Command(request.merchant(), id,
                Wire.enumValue("/status", body.status(), PromotionStatus.class));
        return UseCaseErrors.reply(router.services().changePromotionStatus().changeStatus(command),
                view -> Reply.ok(PromotionAnswer.of(view)));
    }

    // ------------------------------------------------------------------------------------------ coupons

    record GrantBody(@NotNull @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String memberId) {}

    record CouponAnswer(String code, String promotionId, String memberId, String state, Instant validFrom,
            Instant validUntil, String orderId) {

        static CouponAnswer of(CouponView view) {
            return new CouponAnswer(view.code(), view.promotionId(), view.memberId(), Wire.name(view.state()),
                    view.validFrom(), view.validUntil(), view.orderId().orElse(null));
        }
    }

    private Reply grant(Request request) {
        String id = Wire.pathId(request, "id", "promotion", raw -> raw);
        GrantBody body = request.body(GrantBody.class);
        var command = new GrantCouponUseCase.Command(request.merchant(), id, new MemberId(body.memberId()));
        return UseCaseErrors.reply(router.services().grantCoupon().grantCoupon(command),
                view -> Reply.created(CouponAnswer.of(view)));
    }

    /** {@code {id}} is Shequn's member id, as in every body; paged by position in the oldest-first list. */
    private Reply coupons(Request request) {
        MemberId member = Wire.pathId(request, "id", "member", MemberId::new);
        int limit = request.limit();
        int from = request.cursor().map(PromotionRoutes::position).orElse(0);
        var query = new ListMemberCouponsUseCase.Query(request.merchant(), member);
        return UseCaseErrors.reply(router.services().listMemberCoupons().listCoupons(query), coupons -> {
            List<CouponAnswer> items = coupons.stream().skip(from).limit(limit).map(CouponAnswer::of).toList();
            String next = from + limit < coupons.size() ? Request.Cursors.encode(Integer.toString(from + limit)) : null;
            return Reply.ok(new Request.Page<>(items, next));
        });
    }

    private static int position(String cursor) {
        try {
            int position = Integer.parseInt(cursor);
            if (position < 0) {
                throw ProblemException.invalidParameter("cursor", "not a cursor this service handed out");
            }
            return position;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("cursor", "not a cursor this service handed out");
        }
    }
}
