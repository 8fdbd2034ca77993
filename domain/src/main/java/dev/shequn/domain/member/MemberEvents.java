package dev.shequn.domain.member;

import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What happens to members. */
public final class MemberEvents {

    private MemberEvents() {}

    public record MemberRegistered(MerchantId merchantId, MemberId memberId, String externalId, Instant occurredAt)
            implements DomainEvent {}

    public record MemberProfileChanged(MerchantId merchantId, MemberId memberId, Portrait portrait,
            Set<String> manualTags, Instant occurredAt) implements DomainEvent {
        public MemberProfileChanged {
            manualTags = Set.copyOf(manualTags);
        }
    }

    public record PaidOrderRecorded(MerchantId merchantId, MemberId memberId, String orderId, Money amount,
            long paidOrders, Money totalSpend, Instant occurredAt) implements DomainEvent {}

    public record RefundRecorded(MerchantId merchantId, MemberId memberId, String orderId, Money amount,
            long paidOrders, Money totalSpend, Instant occurredAt) implements DomainEvent {}

    public record MemberTagsChanged(MerchantId merchantId, MemberId memberId, List<String> added,
            List<String> removed, Instant occurredAt) implements DomainEvent {
        public MemberTagsChanged {
            added = List.copyOf(added);
            removed = List.copyOf(removed);
        }
    }

    public record TagRulesChanged(MerchantId merchantId, java.util.Optional<Money> highValueAt, boolean categoryTags,
            java.util.Optional<Integer> lapsedAfterDays, Instant occurredAt) implements DomainEvent {}
}
