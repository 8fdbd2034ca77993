package dev.shequn.application;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.community.CommunityService;
import dev.shequn.application.community.JoinChannelService;
import dev.shequn.application.community.ModerationService;
import dev.shequn.application.insight.InsightService;
import dev.shequn.application.member.MemberQueries;
import dev.shequn.application.member.MemberService;
import dev.shequn.application.merchant.MerchantService;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.InsightUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.EvaluateAllTiersUseCase;
import dev.shequn.application.port.in.EvaluateTierUseCase;
import dev.shequn.application.port.in.FindCommunityUseCase;
import dev.shequn.application.port.in.FindJoinChannelUseCase;
import dev.shequn.application.port.in.FindMemberUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.LeaveCommunityUseCase;
import dev.shequn.application.port.in.RecordPaidOrderUseCase;
import dev.shequn.application.port.in.RecordRefundUseCase;
import dev.shequn.application.port.in.ReportMessageUseCase;
import dev.shequn.application.port.in.SetTagRulesUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.application.port.in.UpdateCommunityUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.application.tier.TierService;
import java.time.Clock;

/**
 * The use cases wired to one set of out-ports and a clock: what a host embeds, and what the REST and CLI
 * adapters drive. Holds no state of its own beyond the ports.
 */
public final class Shequn {

    private final MerchantService merchants;
    private final CommunityService communities;
    private final JoinChannelService channels;
    private final ModerationService moderation;
    private final MemberService members;
    private final TierService tiers;
    private final InsightService insight;
    private final MemberQueries queries;

    public Shequn(OutPorts p, Clock clock) {
        requireNonNull(p, "ports");
        requireNonNull(clock, "clock");
        merchants = new MerchantService(p.merchants(), p.outbox(), p.unitOfWork(), clock);
        communities = new CommunityService(p.merchants(), p.communities(), p.memberships(), p.members(),
                p.tierLadders(), p.ids(), p.outbox(), p.unitOfWork(), clock);
        channels = new JoinChannelService(p.merchants(), p.channels(), p.communities(), p.memberships(), p.members(),
                p.tierLadders(), p.ids(), p.random(), p.outbox(), p.unitOfWork(), clock);
        moderation = new ModerationService(p.communities(), p.memberships(), p.moderation(), p.outbox(),
                p.unitOfWork(), clock);
        members = new MemberService(p.merchants(), p.members(), p.tagRules(), p.tierLadders(), p.ids(), p.outbox(),
                p.unitOfWork(), clock);
        queries = new MemberQueries(p.communities(), p.channels(), p.members(), p.memberships());
        tiers = new TierService(p.merchants(), p.members(), p.communities(), p.tagRules(),
                p.tierLadders(), p.outbox(), p.unitOfWork(), clock);
        insight = new InsightService(p.merchants(), p.members(), p.outbox(), p.unitOfWork());
    }

    /** The merchant's results so far, computed from stored members and events. */
    public InsightUseCase insight() {
        return insight;
    }

    public FindCommunityUseCase findCommunity() {
        return queries;
    }

    public FindJoinChannelUseCase findJoinChannel() {
        return queries;
    }

    public FindMemberUseCase findMember() {
        return queries;
    }

    public CreateMerchantUseCase createMerchant() {
        return merchants;
    }

    public CreateCommunityUseCase createCommunity() {
        return communities;
    }

    public UpdateCommunityUseCase updateCommunity() {
        return communities;
    }

    public LeaveCommunityUseCase leaveCommunity() {
        return communities;
    }

    public CreateJoinChannelUseCase createJoinChannel() {
        return channels;
    }

    public JoinThroughChannelUseCase joinThroughChannel() {
        return channels;
    }

    public ReportMessageUseCase reportMessage() {
        return moderation;
    }

    public UpsertMemberUseCase upsertMember() {
        return members;
    }

    public RecordPaidOrderUseCase recordPaidOrder() {
        return members;
    }

    public RecordRefundUseCase recordRefund() {
        return members;
    }

    public SetTagRulesUseCase setTagRules() {
        return members;
    }

    public SetTierLadderUseCase setTierLadder() {
        return tiers;
    }

    public EvaluateTierUseCase evaluateTier() {
        return tiers;
    }

    public EvaluateAllTiersUseCase evaluateAllTiers() {
        return tiers;
    }
}
