package dev.shequn.application.port.in;

import dev.shequn.domain.member.BehaviourMetrics;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.Money;
import java.util.List;
import java.util.Optional;

/** A member as use cases answer it: metrics, all tags, and the tier held. */
public record MemberView(
        MemberId id,
        String externalId,
        long paidOrders,
        Money totalSpend,
        Money averageOrderValue,
        List<String> categoriesBought,
        List<String> tags,
        Optional<String> tier) {

    public MemberView {
        categoriesBought = List.copyOf(categoriesBought);
        tags = List.copyOf(tags);
    }

    public static MemberView of(Member m) {
        BehaviourMetrics metrics = m.metrics();
        return new MemberView(m.id(), m.externalId(), metrics.paidOrders(), metrics.totalSpend(),
                metrics.averageOrderValue(), List.copyOf(metrics.categoriesBought()), List.copyOf(m.tags()),
                m.tierStanding().tier());
    }
}
