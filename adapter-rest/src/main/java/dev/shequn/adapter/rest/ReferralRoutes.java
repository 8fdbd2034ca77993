package dev.shequn.adapter.rest;

import static dev.shequn.adapter.rest.RestServer.Access.MERCHANT;

import dev.shequn.application.port.in.CreateInviteCodeUseCase;
import dev.shequn.application.port.in.DecideWithdrawalUseCase;
import dev.shequn.application.port.in.ReadLedgerUseCase;
import dev.shequn.application.port.in.ReportShareUseCase;
import dev.shequn.application.port.in.ReportTopUpUseCase;
import dev.shequn.application.port.in.RequestWithdrawalUseCase;
import dev.shequn.application.port.in.RewardView;
import dev.shequn.application.port.in.SetIncentiveRuleUseCase;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.MemberBalances;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.Reward;
import dev.shequn.domain.referral.Trigger;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Referrals and the member ledger: invite codes, the incentive rules, the events a host reports (shares,
 * top-ups), a member's ledger and balances, and cash withdrawals with the merchant's decision.
 */
final class ReferralRoutes {

    private static final String TEXT_100 = "^[^\\p{Cntrl}/]{1,100}$";
    private static final String TEXT_100_MESSAGE = "must be 1 to 100 characters without control characters or '/'";
    private static final String PERCENT = "^(100|[1-9]?[0-9])(\\.[0-9]{1,4})?$";

    private final RestServer.Router router;

    ReferralRoutes(RestServer.Router router) {
        this.router = router;
    }

    void register() {
        router.post("/v1/members/{id}/invite-codes", MERCHANT, this::inviteCode);
        router.put("/v1/incentive-rules", MERCHANT, this::setRule);
        router.post("/v1/members/{id}/shares", MERCHANT, this::share);
        router.post("/v1/members/{id}/top-ups", MERCHANT, this::topUp);
        router.get("/v1/members/{id}/ledger", MERCHANT, this::ledger);
        router.post("/v1/members/{id}/withdrawals", MERCHANT, this::withdraw);
        router.post("/v1/withdrawals/{withdrawalId}/decision", MERCHANT, this::decide);
    }

    /** {@code {id}} of the member sub-resources is Shequn's member id, as in every body. */
    private static MemberId member(Request request) {
        return Wire.pathId(request, "id", "member", MemberId::new);
    }

    // ----------------------------------------------------------------------------------------- invites

    record InviteCodeAnswer(String memberId, String code, boolean created) {}

    /** A member has one invite code: 201 when this call made it, 200 with the one it had. */
    private Reply inviteCode(Request request) {
        MemberId member = member(request);
        request.body(OrderRoutes.EmptyBody.class);
        return UseCaseErrors.reply(router.services().createInviteCode()
                        .createInviteCode(new CreateInviteCodeUseCase.Command(request.merchant(), member)),
                result -> new Reply(result.created() ? 201 : 200,
                        new InviteCodeAnswer(member.value(), result.code().value(), result.created())));
    }

    // ------------------------------------------------------------------------------------------- rules

    record IncentiveRuleBody(
            @NotNull @Pattern(regexp = "^[A-Za-z0-9._-]{1,64}$", message = "must be 1 to 64 of letters, digits, '.', '_', '-'") String ruleId,
            @NotNull @Pattern(regexp = Wire.NAME, message = "must be 1 to 200 characters without control characters") String name,
            @NotNull @Pattern(regexp = "^(invitee_joined|share_reported|invitee_first_purchase|invitee_top_up)$",
                    message = "must be invitee_joined, share_reported, invitee_first_purchase or invitee_top_up") String trigger,
            @NotNull @Pattern(regexp = "^(inviter|invitee|both)$", message = "must be inviter, invitee or both") String beneficiary,
            @Min(1) @Max(1_000_000_000) Long points,
            @Valid Wire.MoneyBody cash,
            @Pattern(regexp = PERCENT, message = "must be a decimal percent above 0 and at most 100") String percent,
            @Pattern(regexp = Wire.ID, message = "must be 1 to 64 characters without control characters") String couponTemplateId,
            @Pattern(regexp = Wire.NAME, message = "must be 1 to 200 characters without control characters") String gift,
            @Min(1) @Max(1_000_000_000) Long perDayCap,
            @Min(1) @Max(1_000_000_000) Long totalCap,
            Instant validFrom,
            Instant validUntil,
            @Min(1) @Max(1_000_000_000_000L) Long budget,
            Boolean active) {}

    record IncentiveRuleAnswer(String ruleId, boolean created) {}

    /** Creates or replaces the rule named by {@code ruleId}; the merchant's other rules stay as they are. */
    private Reply setRule(Request request) {
        IncentiveRuleBody body = request.body(IncentiveRuleBody.class);
        var command = new SetIncentiveRuleUseCase.Command(request.merchant(), body.ruleId(), body.name(),
                Wire.enumValue("/trigger", body.trigger(), Trigger.class),
                Wire.enumValue("/beneficiary", body.beneficiary(), Beneficiary.class), body.points(),
                body.cash() == null ? null : body.cash().toMoney("/cash"),
                Wire.convert("/percent", body.percent(), BigDecimal::new), body.couponTemplateId(), body.gift(),
                body.perDayCap(), body.totalCap(), body.validFrom(), body.validUntil(), body.budget(),
                body.active() == null || body.active());
        return UseCaseErrors.reply(router.services().setIncentiveRule().setIncentiveRule(command),
                result -> new Reply(result.created() ? 201 : 200, new IncentiveRuleAnswer(result.ruleId(), result.created())));
    }

    // ------------------------------------------------------------------------------------------ events

    record ShareBody(@NotNull @Pattern(regexp = TEXT_100, message = TEXT_100_MESSAGE) String shareId) {}

    record TopUpBody(
            @NotNull @Pattern(regexp = TEXT_100, message = TEXT_100_MESSAGE) String topUpId,
            @NotNull @Valid Wire.MoneyBody amount) {}

    record RewardAnswer(String rewardKey, String ruleId, String trigger, String beneficiary, String role, String reward,
            Long units, String couponCode, String withheld, String withheldDetail, boolean frozen) {

        static RewardAnswer of(RewardView view) {
            return new RewardAnswer(view.rewardKey(), view.ruleId(), Wire.name(view.trigger()), view.beneficiary().value(),
                    Wire.name(view.role()), kind(view.reward()), view.units().orElse(null), view.couponCode().orElse(null),
                    view.withheld().map(w -> Wire.name(w.code())).orElse(null),
                    view.withheld().map(w -> w.detail()).orElse(null), view.frozen());
        }

        private static String kind(Reward reward) {
            if (reward instanceof Reward.Points) {
                return "points";
            }
            if (reward instanceof Reward.FixedCash) {
                return "cash";
            }
            if (reward instanceof Reward.PercentCash) {
                return "percent";
            }
            return reward instanceof Reward.Coupon ? "coupon" : "gift";
        }
    }

    record RewardsAnswer(List<RewardAnswer> rewards) {

        static RewardsAnswer of(List<RewardView> views) {
            return new RewardsAnswer(views.stream().map(RewardAnswer::of).toList());
        }
    }

    private Reply share(Request request) {
        MemberId member = member(request);
        ShareBody body = request.body(ShareBody.class);
        return UseCaseErrors.reply(router.services().reportShare()
                        .reportShare(new ReportShareUseCase.Command(request.merchant(), member, body.shareId())),
                result -> Reply.ok(RewardsAnswer.of(result.rewards())));
    }

    private Reply topUp(Request request) {
        MemberId member = member(request);
        TopUpBody body = request.body(TopUpBody.class);
        var command = new ReportTopUpUseCase.Command(request.merchant(), member, body.topUpId(),
                body.amount().toMoney("/amount"));
        return UseCaseErrors.reply(router.services().reportTopUp().reportTopUp(command),
                result -> Reply.ok(RewardsAnswer.of(result.rewards())));
    }

    // ------------------------------------------------------------------------------------------ ledger

    record BalancesAnswer(long pointsAvailable, long pointsFrozen, Wire.MoneyBody cashAvailable,
            Wire.MoneyBody cashFrozen, Wire.MoneyBody cashWithdrawing) {

        static BalancesAnswer of(MemberBalances b) {
            return new BalancesAnswer(b.pointsAvailable(), b.pointsFrozen(), Wire.MoneyBody.of(b.cashAvailable()),
                    Wire.MoneyBody.of(b.cashFrozen()), Wire.MoneyBody.of(b.cashWithdrawing()));
        }
    }

    /** One entry as it moved this member's accounts: available and frozen units, plus cash set aside. */
    record EntryAnswer(long sequence, String asset, String movement, String cause, String reference,
            List<LegAnswer> legs, Instant bookedAt) {

        static EntryAnswer of(LedgerEntry entry) {
            return new EntryAnswer(entry.sequence(), Wire.name(entry.asset()), Wire.name(entry.movement()),
                    Wire.name(entry.cause().kind()), entry.cause().reference(),
                    entry.legs().stream().map(l -> new LegAnswer(Wire.name(l.account().type()),
                            l.account().member().isPresent(), l.units())).toList(),
                    entry.bookedAt());
        }
    }

    /** {@code units}: points, or cash in minor units of the merchant's currency. */
    record LegAnswer(String account, boolean memberAccount, long units) {}

    record LedgerAnswer(BalancesAnswer balances, List<EntryAnswer> items, String nextCursor, List<RewardAnswer> rewards) {}

    /** Entries oldest first from the cursor on; balances and rewards as they are now. */
    private Reply ledger(Request request) {
        MemberId member = member(request);
        int limit = request.limit();
        long after = request.cursor().map(ReferralRoutes::sequence).orElse(0L);
        return UseCaseErrors.reply(router.services().readLedger()
                        .readLedger(new ReadLedgerUseCase.Query(request.merchant(), member, after, limit)),
                result -> {
                    List<EntryAnswer> items = result.entries().stream().map(EntryAnswer::of).toList();
                    String next = items.size() == limit
                            ? Request.Cursors.encode(Long.toString(items.get(items.size() - 1).sequence())) : null;
                    return Reply.ok(new LedgerAnswer(BalancesAnswer.of(result.balances()), items, next,
                            result.rewards().stream().map(RewardAnswer::of).toList()));
                });
    }

    private static long sequence(String cursor) {
        try {
            long value = Long.parseLong(cursor);
            if (value < 0) {
                throw ProblemException.invalidParameter("cursor", "not a cursor this service handed out");
            }
            return value;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("cursor", "not a cursor this service handed out");
        }
    }

    // ------------------------------------------------------------------------------------- withdrawals

    record WithdrawalBody(@NotNull @Valid Wire.MoneyBody amount) {}

    record WithdrawalAnswer(String withdrawalId, String status, BalancesAnswer balances) {}

    private Reply withdraw(Request request) {
        MemberId member = member(request);
        WithdrawalBody body = request.body(WithdrawalBody.class);
        var command = new RequestWithdrawalUseCase.Command(request.merchant(), member, body.amount().toMoney("/amount"));
        return UseCaseErrors.reply(router.services().requestWithdrawal().requestWithdrawal(command),
                result -> Reply.created(new WithdrawalAnswer(result.withdrawalId(), "requested",
                        BalancesAnswer.of(result.balances()))));
    }

    record DecisionBody(
            @NotNull @Pattern(regexp = "^(approved|rejected)$", message = "must be approved or rejected") String decision,
            @Pattern(regexp = "^[^\\p{Cntrl}]{1,500}$", message = "must be 1 to 500 characters without control characters") String note) {}

    /** The merchant approves (the cash is paid out) or rejects (it returns to available), once. */
    private Reply decide(Request request) {
        String id = Wire.pathId(request, "withdrawalId", "withdrawal", raw -> raw);
        DecisionBody body = request.body(DecisionBody.class);
        var command = new DecideWithdrawalUseCase.Command(request.merchant(), id, body.decision().equals("approved"),
                body.note());
        return UseCaseErrors.reply(router.services().decideWithdrawal().decideWithdrawal(command),
                result -> Reply.ok(new WithdrawalAnswer(id, Wire.name(result.status()), BalancesAnswer.of(result.balances()))));
    }
}
