package dev.shequn.adapter.rest;

import static dev.shequn.adapter.rest.RestServer.Access.MERCHANT;

import dev.shequn.application.port.in.EvaluateAllTiersUseCase;
import dev.shequn.application.port.in.EvaluateTierUseCase;
import dev.shequn.application.port.in.FindMemberUseCase;
import dev.shequn.application.port.in.MemberView;
import dev.shequn.application.port.in.ReadLedgerUseCase;
import dev.shequn.application.port.in.SetTagRulesUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.AgeBand;
import dev.shequn.domain.member.Gender;
import dev.shequn.domain.member.MemberId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Members, their tags and tiers: the profile, the automatic tag rules, the tier ladder, re-evaluation. */
final class MemberRoutes {

    private static final String ID_MESSAGE = "must be 1 to 64 characters without control characters";
    private static final String TAG = "^[^\\p{Cntrl}]{1,100}$";
    private static final String TAG_MESSAGE = "must be 1 to 100 characters without control characters";
    private static final String EXTERNAL_ID = "^[^\\p{Cntrl}]{1,100}$";

    private final RestServer.Router router;

    MemberRoutes(RestServer.Router router) {
        this.router = router;
    }

    void register() {
        router.put("/v1/members/{id}", MERCHANT, this::upsert);
        router.get("/v1/members/{id}", MERCHANT, this::find);
        router.put("/v1/tag-rules", MERCHANT, this::setTagRules);
        router.put("/v1/tier-ladder", MERCHANT, this::setTierLadder);
        router.post("/v1/tier-evaluations", MERCHANT, this::evaluateTiers);
    }

    // ------------------------------------------------------------------------------------------- members

    record MemberBody(
            @Pattern(regexp = "^(female|male|other)$", message = "must be female, male or other") String gender,
            @Pattern(regexp = "^(under_18|from_18_to_24|from_25_to_34|from_35_to_44|from_45_to_54|from_55)$",
                    message = "must be under_18, from_18_to_24, from_25_to_34, from_35_to_44, from_45_to_54 or from_55") String ageBand,
            @Pattern(regexp = "^[^\\p{Cntrl}]{1,100}$", message = "must be 1 to 100 characters without control characters") String region,
            @Size(max = 100) List<@NotNull @Pattern(regexp = TAG, message = TAG_MESSAGE) String> manualTags) {}

    record MemberAnswer(String id, String externalId, long paidOrders, Wire.MoneyBody totalSpend,
            Wire.MoneyBody averageOrderValue, List<String> categoriesBought, List<String> tags, String tier) {

        static MemberAnswer of(MemberView view) {
            return new MemberAnswer(view.id().value(), view.externalId(), view.paidOrders(),
                    Wire.MoneyBody.of(view.totalSpend()), Wire.MoneyBody.of(view.averageOrderValue()),
                    view.categoriesBought(), view.tags(), view.tier().orElse(null));
        }
    }

    /** {@code {id}} is the host's own id for the member; the answer's {@code id} is Shequn's, used elsewhere. */
    private Reply upsert(Request request) {
        String externalId = request.pathParam("id");
        if (!externalId.matches(EXTERNAL_ID)) {
            throw ProblemException.invalidParameter("id", "must be 1 to 100 characters without control characters");
        }
        MemberBody body = request.body(MemberBody.class);
        var command = new UpsertMemberUseCase.Command(request.merchant(), externalId,
                Wire.enumValue("/gender", body.gender(), Gender.class),
                Wire.enumValue("/ageBand", body.ageBand(), AgeBand.class), body.region(),
                body.manualTags() == null ? new LinkedHashSet<>() : new LinkedHashSet<>(body.manualTags()));
        return UseCaseErrors.reply(router.services().upsertMember().upsertMember(command),
                result -> new Reply(result.created() ? 201 : 200, MemberAnswer.of(result.member())));
    }

    record MemberDetail(String id, String externalId, long paidOrders, Wire.MoneyBody totalSpend,
            Wire.MoneyBody averageOrderValue, List<String> categoriesBought, List<String> tags, String tier,
            List<String> communities, ReferralRoutes.BalancesAnswer balances) {}

    /** Like {@code PUT}, by the host's own id; balances come from the member's ledger. */
    private Reply find(Request request) {
        String externalId = request.pathParam("id");
        if (!externalId.matches(EXTERNAL_ID)) {
            throw new ProblemException(Problem.notFound("No member " + externalId + "."));
        }
        return UseCaseErrors.reply(router.services().findMember()
                        .findMember(new FindMemberUseCase.Query(request.merchant(), externalId)),
                found -> UseCaseErrors.reply(router.services().readLedger()
                                .readLedger(new ReadLedgerUseCase.Query(request.merchant(), found.member().id(), 0, 1)),
                        ledger -> {
                            MemberAnswer m = MemberAnswer.of(found.member());
                            return Reply.ok(new MemberDetail(m.id(), m.externalId(), m.paidOrders(), m.totalSpend(),
                                    m.averageOrderValue(), m.categoriesBought(), m.tags(), m.tier(),
                                    found.communities().stream().map(CommunityId::value).toList(),
                                    ReferralRoutes.BalancesAnswer.of(ledger.balances())));
                        }));
    }

    // ----------------------------------------------------------------------------------------- tag rules

    record TagRulesBody(
            @Valid Wire.MoneyBody highValueAt,
            @NotNull Boolean categoryTags,
            @Min(1) @Max(3650) Integer lapsedAfterDays) {}

    private Reply setTagRules(Request request) {
        TagRulesBody body = request.body(TagRulesBody.class);
        var command = new SetTagRulesUseCase.Command(request.merchant(),
                body.highValueAt() == null ? null : body.highValueAt().toMoney("/highValueAt"),
                body.categoryTags(), body.lapsedAfterDays());
        return UseCaseErrors.reply(router.services().setTagRules().setTagRules(command), result -> Reply.ok(body));
    }

    // --------------------------------------------------------------------------------------- tier ladder

    record RuleBody(
            @NotNull @Pattern(regexp = "^(spend_in_window|paid_orders_in_window)$",
                    message = "must be spend_in_window or paid_orders_in_window") String kind,
            @NotNull @Min(1) @Max(3650) Integer windowDays,
            @Valid Wire.MoneyBody minSpend,
            @Min(1) @Max(1_000_000) Long minOrders) {}

    record TierBody(
            @NotNull @Pattern(regexp = "^[a-z0-9][a-z0-9_-]{0,63}$", message = "must be 1 to 64 of a-z, 0-9, '-', '_'") String code,
            @NotNull @Pattern(regexp = "^[^\\p{Cntrl}]{1,100}$", message = "must be 1 to 100 characters without control characters") String name,
            @NotNull @Size(min = 1, max = 10) List<@NotNull @Valid RuleBody> rules,
            @Size(max = 50) List<@NotNull @Pattern(regexp = "^[^\\p{Cntrl}]{1,100}$", message = "must be 1 to 100 characters without control characters") String> couponTemplateIds,
            @Size(max = 50) List<@NotNull @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String> communityIds) {}

    record TierLadderBody(
            @NotNull @Size(min = 1, max = 20) List<@NotNull @Valid TierBody> tiers,
            @Min(0) @Max(3650) Integer graceDays) {}

    record TierLadderAnswer(List<String> tierCodes) {}

    private Reply setTierLadder(Request request) {
        TierLadderBody body = request.body(TierLadderBody.class);
        List<SetTierLadderUseCase.TierSpec> tiers = new ArrayList<>();
        for (int t = 0; t < body.tiers().size(); t++) {
            TierBody tier = body.tiers().get(t);
            List<SetTierLadderUseCase.RuleSpec> rules = new ArrayList<>();
            for (int r = 0; r < tier.rules().size(); r++) {
                RuleBody rule = tier.rules().get(r);
                String at = "/tiers/" + t + "/rules/" + r;
                rules.add(new SetTierLadderUseCase.RuleSpec(
                        Wire.enumValue(at + "/kind", rule.kind(), SetTierLadderUseCase.RuleKind.class),
                        rule.windowDays(), rule.minSpend() == null ? null : rule.minSpend().toMoney(at + "/minSpend"),
                        rule.minOrders()));
            }
            tiers.add(new SetTierLadderUseCase.TierSpec(tier.code(), tier.name(), rules,
                    tier.couponTemplateIds() == null ? List.of() : tier.couponTemplateIds(),
                    tier.communityIds() == null ? List.of() : tier.communityIds().stream().map(CommunityId::new).toList()));
        }
        var command = new SetTierLadderUseCase.Command(request.merchant(), tiers, body.graceDays());
        return UseCaseErrors.reply(router.services().setTierLadder().setTierLadder(command),
                result -> Reply.ok(new TierLadderAnswer(result.tierCodes())));
    }

    // ---------------------------------------------------------------------------------- tier evaluations

    record TierEvaluationBody(
            @Pattern(regexp = Wire.ID, message = ID_MESSAGE) String memberId,
            @Min(1) @Max(10_000) Integer batchSize) {}

    record MemberTierAnswer(String memberId, String tier, boolean changed) {}

    record AllTiersAnswer(long evaluated, long changed, long skipped) {}

    /** One member when {@code memberId} is given, else every member of the merchant. */
    private Reply evaluateTiers(Request request) {
        TierEvaluationBody body = request.body(TierEvaluationBody.class);
        if (body.memberId() != null) {
            if (body.batchSize() != null) {
                throw ProblemException.invalid("/batchSize", "only when evaluating all members (no memberId)");
            }
            var command = new EvaluateTierUseCase.Command(request.merchant(), new MemberId(body.memberId()));
            return UseCaseErrors.reply(router.services().evaluateTier().evaluateTier(command),
                    result -> Reply.ok(new MemberTierAnswer(result.memberId().value(), result.tier().orElse(null),
                            result.changed())));
        }
        var command = new EvaluateAllTiersUseCase.Command(request.merchant(),
                body.batchSize() == null ? 500 : body.batchSize());
        return UseCaseErrors.reply(router.services().evaluateAllTiers().evaluateAllTiers(command),
                result -> Reply.ok(new AllTiersAnswer(result.evaluated(), result.changed(), result.skipped())));
    }
}
