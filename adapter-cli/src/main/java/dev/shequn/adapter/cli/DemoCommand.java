package dev.shequn.adapter.cli;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.Referrals;
import dev.shequn.application.Shequn;
import dev.shequn.application.ShequnPromotions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.ChangePromotionStatusUseCase;
import dev.shequn.application.port.in.CommunityView;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateInviteCodeUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.CreatePromotionUseCase;
import dev.shequn.application.port.in.EvaluateAllTiersUseCase;
import dev.shequn.application.port.in.GrantCouponUseCase;
import dev.shequn.application.port.in.InsightUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.OrderView;
import dev.shequn.application.port.in.PayOrderUseCase;
import dev.shequn.application.port.in.PlaceOrderUseCase;
import dev.shequn.application.port.in.QuoteOrderUseCase;
import dev.shequn.application.port.in.RecordPaidOrderUseCase;
import dev.shequn.application.port.in.RefundOrderUseCase;
import dev.shequn.application.port.in.ReportTopUpUseCase;
import dev.shequn.application.port.in.SetCommissionPlanUseCase;
import dev.shequn.application.port.in.SetIncentiveRuleUseCase;
import dev.shequn.application.port.in.SetTagRulesUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase.RuleKind;
import dev.shequn.application.port.in.SetTierLadderUseCase.RuleSpec;
import dev.shequn.application.port.in.SetTierLadderUseCase.TierSpec;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.application.referral.ReferringOrders;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.AgeBand;
import dev.shequn.domain.member.Gender;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.order.Cart;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.promotion.Condition;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.CouponValidity;
import dev.shequn.domain.promotion.Effect;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.PromotionStatus;
import dev.shequn.domain.promotion.RefundPolicy;
import dev.shequn.domain.promotion.Stacking;
import dev.shequn.domain.promotion.Target;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shequn demo}: the olive-oil story on a fresh database, every step a use-case call, then the report the
 * insight query computes from what was stored: discounts come from the pricing engine through the order life
 * cycle, rewards and commission from the referral decorators around paying and refunding.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the olive-oil story end to end on a fresh embedded database (a temporary directory, or "
                + "--data DIR) and print the report.",
            "Steps: a merchant, 100 past customers imported (20 with their old orders), a club community with a "
                    + "join channel, a half-price welcome-back coupon, the 50/40/30 purchase ladder, incentive rules "
                    + "(bring a friend: both get a half-price coupon; a friend's top-up: 5% cash rebate), 40 joins and "
                    + "10 invited friends, orders quoted, placed and paid (three for some members), a top-up, one "
                    + "refund, tier evaluation."})
public final class DemoCommand implements Callable<Integer> {

    static final MerchantId MERCHANT = new MerchantId("olive-house");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final int CUSTOMERS = 100;

    @Spec
    CommandSpec spec;
    @Mixin
    OutputOptions output;

    @Option(names = "--data", paramLabel = "DIR",
            description = "Keep the demo's database here (must not hold one yet); default: a new temporary directory.")
    Path data;

    private final Backend.Factory backends;

    public DemoCommand(Backend.Factory backends) {
        this.backends = requireNonNull(backends, "backends");
    }

    /** A step refused: the demo stops and says which step and why. */
    private static final class StepFailed extends RuntimeException {
        final UseCaseError error;

        StepFailed(String step, UseCaseError error) {
            super(step);
            this.error = error;
        }
    }

    private static <T> T step(String name, Either<UseCaseError, T> answer) {
        if (answer.isLeft()) {
            throw new StepFailed(name, answer.getLeft());
        }
        return answer.get();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path directory;
        try {
            directory = data != null ? data : Files.createTempDirectory("shequn-demo-");
            if (Files.exists(directory.resolve("shequn.mv.db"))) {
                err.println("error: " + directory + " already holds a database; the demo needs a fresh one");
                err.flush();
                return Failures.BAD_INPUT;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        err.println("Demo database: " + directory);
        err.flush();
        try (Backend backend = backends.open(new StorageChoice(directory, Optional.empty(), "", ""))) {
            Story story = story(backend, err);
            output.printObject(out, show(story));
            out.flush();
            return Failures.DONE;
        } catch (StepFailed failed) {
            err.println("error: demo step '" + failed.getMessage() + "' was refused");
            Failures.refused(err, failed.error);
            return Failures.FAILURE;
        }
    }

    /** What the demo prints: the insight report and, for one member's three orders, the engine's percentages. */
    record Story(InsightUseCase.Report report, String ladderMember, List<Long> ladderPercents) {
        Story {
            ladderPercents = List.copyOf(ladderPercents);
        }
    }

    private static Promotion halfPrice(String id, String name, String code, CommunityId club) {
        // Exclusive: a coupon is never added on top of a ladder rung, it replaces the rung when it is worth more.
        return new Promotion(id, Optional.of(name), Optional.of(code), Optional.of(CNY), 10, Stacking.EXCLUSIVE,
                Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(new Condition.MemberOf(List.of(club.value()))), Target.EVERY_LINE,
                new Effect.PercentOff(new BigDecimal("50"), OptionalLong.empty()), Optional.empty(), Optional.empty(),
                Optional.empty(), OptionalLong.empty());
    }

    private static Promotion ladderRung(long ordinal, String percent, CommunityId club) {
        return new Promotion("ladder-" + ordinal, Optional.of("Purchase " + ordinal + ": " + percent + "% off"),
                Optional.empty(), Optional.of(CNY), 0, Stacking.STACKABLE, Optional.of("ladder"), Optional.empty(),
                Optional.empty(), List.of(new Condition.MemberOf(List.of(club.value())),
                        new Condition.PurchaseOrdinal(OptionalLong.of(ordinal), OptionalLong.empty(), OptionalLong.empty())),
                Target.EVERY_LINE, new Effect.PercentOff(new BigDecimal(percent), OptionalLong.empty()), Optional.empty(),
                Optional.empty(), Optional.empty(), OptionalLong.empty());
    }

    private static void activate(ShequnPromotions promotions, Promotion definition, CouponTerms terms) {
        step("promotion " + definition.id(), promotions.createPromotion().createPromotion(
                new CreatePromotionUseCase.Command(MERCHANT, definition, terms)));
        step("activate " + definition.id(), promotions.changePromotionStatus().changeStatus(
                new ChangePromotionStatusUseCase.Command(MERCHANT, definition.id(), PromotionStatus.ACTIVE)));
    }

    /** Quote, place and pay one order of {@code bottles} bottles; paying goes through the referral decorator. */
    private static OrderView buy(ShequnPromotions promotions, ReferringOrders orders, MemberId member, String orderId,
            int bottles, List<String> codes) {
        Cart cart = new Cart(Optional.of(member.value()), CNY, List.of(new CartLine("olive-oil-500ml",
                Optional.of("olive-oil-500ml"), Optional.of("olive-oil"), Money.of("88.00", CNY), bottles)),
                Money.zero(CNY), codes);
        step("quote " + orderId, promotions.quoteOrder().quote(new QuoteOrderUseCase.Command(MERCHANT, null, cart)));
        step("place " + orderId, promotions.placeOrder().placeOrder(
                new PlaceOrderUseCase.Command(MERCHANT, new OrderId(orderId), cart)));
        return step("pay " + orderId, orders.payOrder(new PayOrderUseCase.Command(MERCHANT, new OrderId(orderId))));
    }

    private static long percentOff(OrderView order) {
        return order.totals().discountTotal().minorUnits() * 100 / order.totals().subtotal().minorUnits();
    }

    private static Story story(Backend backend, PrintWriter err) {
        Shequn shequn = backend.shequn();
        ShequnPromotions promotions = backend.promotions();
        Referrals referrals = backend.referrals();
        ReferringOrders orders = referrals.orders(promotions.payOrder(), promotions.refundOrder());
        JoinThroughChannelUseCase join = referrals.joinThroughChannel(shequn.joinThroughChannel());

        step("merchant", shequn.createMerchant().createMerchant(
                new CreateMerchantUseCase.Command(MERCHANT, "Olive House", CNY)));
        step("tag rules", shequn.setTagRules().setTagRules(
                new SetTagRulesUseCase.Command(MERCHANT, Money.of("500.00", CNY), true, 180)));

        // 100 past customers from the shop's old system, as an import would bring them.
        List<MemberId> customers = new ArrayList<>();
        Gender[] genders = Gender.values();
        AgeBand[] bands = AgeBand.values();
        String[] regions = {"Shanghai", "Hangzhou", "Suzhou", "Nanjing"};
        for (int i = 1; i <= CUSTOMERS; i++) {
            UpsertMemberUseCase.Result member = step("import customer " + i, shequn.upsertMember().upsertMember(
                    new UpsertMemberUseCase.Command(MERCHANT, "past-" + i, genders[i % genders.length],
                            bands[i % bands.length], regions[i % regions.length], Set.of("past-customer"))));
            customers.add(member.member().id());
        }
        // Twenty of them bring their paid orders from the old shop too (keyed by the old system's order ids).
        int imported = 0;
        for (int i = 80; i < CUSTOMERS; i++) {
            for (int n = 1; n <= (i < 90 ? 2 : 1); n++) {
                step("import order", shequn.recordPaidOrder().recordPaidOrder(new RecordPaidOrderUseCase.Command(
                        MERCHANT, customers.get(i), "old-shop-" + i + "-" + n, Money.ofMinor(16_800 + n * 1_000L, CNY),
                        Set.of("olive-oil"), null)));
                imported++;
            }
        }
        err.println("Imported " + customers.size() + " past customers and " + imported + " of their old orders");

        CommunityView club = step("community", shequn.createCommunity().createCommunity(
                CreateCommunityUseCase.Command.of(MERCHANT, "Olive Oil Club", customers.get(0), Positioning.LOW_FREQUENCY)));
        CreateJoinChannelUseCase.Result channel = step("channel", shequn.createJoinChannel().createJoinChannel(
                new CreateJoinChannelUseCase.Command(MERCHANT, "Welcome-back card", "OLIVE-CLUB", List.of(club.id()))));
        step("tier ladder", shequn.setTierLadder().setTierLadder(new SetTierLadderUseCase.Command(MERCHANT, List.of(
                new TierSpec("regular", "Regular", List.of(new RuleSpec(RuleKind.PAID_ORDERS_IN_WINDOW, 365, null, 2L)),
                        List.of(), List.of()),
                new TierSpec("connoisseur", "Connoisseur",
                        List.of(new RuleSpec(RuleKind.SPEND_IN_WINDOW, 365, Money.of("200.00", CNY), null)),
                        List.of(), List.of())), 30)));

        // The offers: a half-price welcome-back coupon (one per member, 7 days from grant), the 50/40/30
        // purchase ladder for club members, and the half-price coupon the bring-a-friend rule hands out.
        activate(promotions, halfPrice("welcome-back", "Welcome back: half price", "WELCOME", club.id()),
                new CouponTerms(OptionalLong.empty(), OptionalLong.of(1), new CouponValidity.RelativeDays(7),
                        RefundPolicy.RESTORE));
        activate(promotions, ladderRung(1, "50", club.id()), null);
        activate(promotions, ladderRung(2, "40", club.id()), null);
        activate(promotions, ladderRung(3, "30", club.id()), null);
        activate(promotions, halfPrice("friend-half", "Bring a friend: half price", "FRIEND", club.id()),
                new CouponTerms(OptionalLong.empty(), OptionalLong.empty(), new CouponValidity.RelativeDays(7),
                        RefundPolicy.RESTORE));
        step("rule bring-a-friend", referrals.setIncentiveRule().setIncentiveRule(new SetIncentiveRuleUseCase.Command(
                MERCHANT, "bring-a-friend", "Bring a new member into the group and you both get a half-price coupon",
                Trigger.INVITEE_JOINED, Beneficiary.BOTH, null, null, null, "friend-half", null, null, null, null,
                null, null, true)));
        step("rule top-up rebate", referrals.setIncentiveRule().setIncentiveRule(new SetIncentiveRuleUseCase.Command(
                MERCHANT, "top-up-rebate", "A friend who tops up earns the inviter a 5% cash rebate",
                Trigger.INVITEE_TOP_UP, Beneficiary.INVITER, null, null, new BigDecimal("5"), null, null, null, null,
                null, null, null, true)));
        step("rule first-purchase points", referrals.setIncentiveRule().setIncentiveRule(
                new SetIncentiveRuleUseCase.Command(MERCHANT, "first-purchase", "A friend's first purchase: 200 points",
                        Trigger.INVITEE_FIRST_PURCHASE, Beneficiary.INVITER, 200L, null, null, null, null, null, null,
                        null, null, null, true)));
        step("commission plan", referrals.setCommissionPlan().setCommissionPlan(
                new SetCommissionPlanUseCase.Command(MERCHANT, club.id(), new BigDecimal("10"), null)));

        // 40 past customers come back through the welcome-back card; each newly joined member gets the coupon.
        Map<MemberId, String> welcome = new LinkedHashMap<>();
        int joins = 0;
        for (int i = 0; i < 40; i++) {
            if (step("join " + i, join.joinThroughChannel(new JoinThroughChannelUseCase.Command(
                    MERCHANT, channel.code(), customers.get(i), null))).newlyJoined()) {
                joins++;
                welcome.put(customers.get(i), step("grant welcome-back", promotions.grantCoupon().grantCoupon(
                        new GrantCouponUseCase.Command(MERCHANT, "welcome-back", customers.get(i)))).code());
            }
        }
        err.println(joins + " customers joined the club through " + channel.code() + " and got a welcome-back coupon");

        // Five members invite two friends each; the friends join through the channel naming their inviter.
        int invitations = 0;
        for (int i = 0; i < 5; i++) {
            step("invite code", referrals.createInviteCode().createInviteCode(
                    new CreateInviteCodeUseCase.Command(MERCHANT, customers.get(i))));
            for (int f = 0; f < 2; f++) {
                MemberId friend = customers.get(40 + i * 2 + f);
                step("invited join", join.joinThroughChannel(new JoinThroughChannelUseCase.Command(
                        MERCHANT, channel.code(), friend, customers.get(i))));
                invitations++;
            }
        }
        err.println(invitations + " friends joined with an inviter; both sides got a half-price coupon");

        // Orders through the life cycle: six members buy three times (the ladder alone: 50%, 40%, 30%), nine buy
        // twice and bring their welcome-back coupon to the second order (50% beats the 40% rung), fifteen buy once.
        List<Long> ladder = new ArrayList<>();
        int paid = 0;
        for (int i = 0; i < 30; i++) {
            int count = i < 6 ? 3 : i < 15 ? 2 : 1;
            for (int n = 1; n <= count; n++) {
                List<String> codes = count == 2 && n == 2 ? List.of(welcome.get(customers.get(i))) : List.of();
                OrderView order = buy(promotions, orders, customers.get(i), "demo-" + i + "-" + n, 1 + i % 3, codes);
                if (i == 0) {
                    ladder.add(percentOff(order));
                }
                paid++;
            }
        }
        // The invited friends buy once each: first purchase at the 50% rung, points for the inviter.
        for (int f = 40; f < 50; f++) {
            buy(promotions, orders, customers.get(f), "demo-" + f + "-1", 2, List.of());
            paid++;
        }
        err.println(paid + " orders quoted, placed and paid");

        step("top-up", referrals.reportTopUp().reportTopUp(new ReportTopUpUseCase.Command(MERCHANT, customers.get(41),
                "top-up-41-1", Money.of("200.00", CNY))));
        step("refund", orders.refundOrder(new RefundOrderUseCase.Command(MERCHANT, new OrderId("demo-40-1"),
                "refund-40-1", null)));
        err.println("One friend topped up 200.00; one friend's order was refunded in full");

        step("tier evaluation", shequn.evaluateAllTiers().evaluateAllTiers(
                new EvaluateAllTiersUseCase.Command(MERCHANT, 100)));
        InsightUseCase.Report report = step("report", shequn.insight().report(new InsightUseCase.Command(MERCHANT)));
        return new Story(report, "past-1", ladder);
    }

    static Map<String, Object> show(Story story) {
        InsightUseCase.Report r = story.report();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("members", r.members());
        fields.put("joins", r.joins());
        fields.put("firstPurchases", r.buyers());
        fields.put("repeatBuyers", r.repeatBuyers());
        fields.put("repurchaseRatePercent", r.repurchaseRatePercent().toPlainString());
        fields.put("paidOrders", r.paidOrders());
        fields.put("refunds", r.refunds());
        fields.put("refunded", r.refunded().toString());
        fields.put("discountCost", r.discountCost().toString());
        fields.put("rewardsGranted", r.rewardsGranted());
        fields.put("commissionBooked", r.commissionBooked().toString());
        r.tiers().forEach((tier, count) -> fields.put("tier " + tier, count));
        fields.put("ladder " + story.ladderMember(), story.ladderPercents().stream()
                .map(p -> p + "%").collect(Collectors.joining(" ")));
        return fields;
    }
}
