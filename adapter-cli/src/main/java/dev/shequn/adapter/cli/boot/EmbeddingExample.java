package dev.shequn.adapter.cli.boot;

import static dev.shequn.application.port.in.SetTierLadderUseCase.RuleKind.PAID_ORDERS_IN_WINDOW;
import static dev.shequn.application.port.in.SetTierLadderUseCase.RuleKind.SPEND_IN_WINDOW;

import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.application.Shequn;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.EvaluateTierUseCase;
import dev.shequn.application.port.in.JoinThroughChannelUseCase;
import dev.shequn.application.port.in.RecordPaidOrderUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase;
import dev.shequn.application.port.in.SetTierLadderUseCase.RuleSpec;
import dev.shequn.application.port.in.SetTierLadderUseCase.TierSpec;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Clock;
import java.util.Currency;
import java.util.List;
import java.util.Set;

/** The README's example: Shequn embedded with in-memory storage, no database. */
public final class EmbeddingExample {

    public static void main(String[] args) {
        Shequn shequn = new Shequn(InMemoryPorts.create(), Clock.systemUTC());
        MerchantId shop = new MerchantId("olive-shop");
        shequn.createMerchant().createMerchant(new CreateMerchantUseCase.Command(shop, "Olive Oil Shop", Currency.getInstance("CNY"))).get();
        shequn.setTierLadder().setTierLadder(new SetTierLadderUseCase.Command(shop, List.of(
                new TierSpec("junior", "Junior", List.of(new RuleSpec(PAID_ORDERS_IN_WINDOW, 90, null, 1L)), List.of(), List.of()),
                new TierSpec("senior", "Senior", List.of(new RuleSpec(SPEND_IN_WINDOW, 30, Money.of("500", "CNY"), null)),
                        List.of("coupon-senior-50"), List.of())), null)).get();
        MemberId leader = shequn.upsertMember().upsertMember(UpsertMemberUseCase.Command.of(shop, "wx-leader")).get().member().id();
        CommunityId club = shequn.createCommunity().createCommunity(
                CreateCommunityUseCase.Command.of(shop, "Olive Club", leader, Positioning.HIGH_FREQUENCY)).get().id();
        String code = shequn.createJoinChannel().createJoinChannel(
                new CreateJoinChannelUseCase.Command(shop, "Store poster", "POSTER", List.of(club))).get().code();
        MemberId alice = shequn.upsertMember().upsertMember(UpsertMemberUseCase.Command.of(shop, "wx-alice")).get().member().id();
        MemberId bob = shequn.upsertMember().upsertMember(UpsertMemberUseCase.Command.of(shop, "wx-bob")).get().member().id();
        shequn.joinThroughChannel().joinThroughChannel(new JoinThroughChannelUseCase.Command(shop, code, alice, null)).get();
        shequn.joinThroughChannel().joinThroughChannel(new JoinThroughChannelUseCase.Command(shop, code, bob, alice)).get();
        for (String[] order : new String[][] {{"order-1", "199.00"}, {"order-2", "358.00"}}) {
            shequn.recordPaidOrder().recordPaidOrder(new RecordPaidOrderUseCase.Command(
                    shop, alice, order[0], Money.of(order[1], "CNY"), Set.of("olive-oil"), null)).get();
        }
        var tier = shequn.evaluateTier().evaluateTier(new EvaluateTierUseCase.Command(shop, alice)).get();
        System.out.println("wx-alice's tier: " + tier.tier().orElse("none"));
    }
}
