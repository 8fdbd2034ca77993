package dev.shequn.application.insight;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.common.Commands;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.InsightUseCase;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.UnitOfWork;
import dev.shequn.domain.community.CommunityEvents.MemberJoinedCommunity;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberEvents.PaidOrderRecorded;
import dev.shequn.domain.member.MemberEvents.RefundRecorded;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.order.OrderEvents.OrderPaid;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.order.OrderEvents.OrderPlaced;
import dev.shequn.domain.order.OrderEvents.OrderRefunded;
import dev.shequn.domain.referral.ReferralEvents.CommissionAccrued;
import dev.shequn.domain.referral.ReferralEvents.RewardGranted;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** {@link InsightUseCase} by one pass over the merchant's members and one over its outbox, page by page. */
public final class InsightService implements InsightUseCase {

    static final String NO_TIER = "(none)";
    private static final int PAGE = 500;

    private final MerchantRepository merchants;
    private final MemberRepository members;
    private final EventOutbox outbox;
    private final UnitOfWork unitOfWork;

    public InsightService(MerchantRepository merchants, MemberRepository members, EventOutbox outbox,
            UnitOfWork unitOfWork) {
        this.merchants = requireNonNull(merchants, "merchants");
        this.members = requireNonNull(members, "members");
        this.outbox = requireNonNull(outbox, "outbox");
        this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
    }

    @Override
    public Either<UseCaseError, Report> report(Command command) {
        return Commands.ifValid(command, () -> unitOfWork.inTransaction(() -> {
            MerchantId merchantId = command.merchantId();
            Optional<Merchant> merchant = merchants.find(merchantId);
            if (merchant.isEmpty()) {
                return Either.left(new UseCaseError.NotFound("merchant", merchantId.value()));
            }
            return Either.right(compute(merchantId, Money.zero(merchant.get().currency())));
        }));
    }

    private Report compute(MerchantId merchantId, Money zero) {
        long memberCount = 0;
        SortedMap<String, Long> tiers = new TreeMap<>();
        Map<MemberId, Long> ordersPerMember = new HashMap<>();
        for (List<Member> page = members.findPage(merchantId, Optional.empty(), PAGE); !page.isEmpty();
                page = page.size() < PAGE ? List.of()
                        : members.findPage(merchantId, Optional.of(page.get(page.size() - 1).id()), PAGE)) {
            for (Member member : page) {
                memberCount++;
                tiers.merge(member.tierStanding().tier().orElse(NO_TIER), 1L, Long::sum);
            }
        }
        long joins = 0;
        long paidOrders = 0;
        long refunds = 0;
        long rewards = 0;
        Money refunded = zero;
        Money commission = zero;
        Money discountCost = zero;
        Map<OrderId, Money> discountByOrder = new HashMap<>();
        long after = 0;
        while (true) {
            List<EventOutbox.StoredEvent> events = outbox.readAfter(merchantId, after, PAGE);
            for (EventOutbox.StoredEvent stored : events) {
                after = stored.sequence();
                DomainEvent event = stored.event();
                if (event instanceof MemberJoinedCommunity) {
                    joins++;
                } else if (event instanceof PaidOrderRecorded paid) {
                    paidOrders++;
                    ordersPerMember.merge(paid.memberId(), 1L, Long::sum);
                } else if (event instanceof RefundRecorded refund) {
                    refunds++;
                    refunded = refunded.plus(refund.amount());
                } else if (event instanceof OrderPlaced placed) {
                    discountByOrder.put(placed.orderId(), placed.discountTotal());
                } else if (event instanceof OrderPaid paid) {
                    discountCost = discountCost.plus(discountByOrder.getOrDefault(paid.orderId(), zero));
                } else if (event instanceof OrderRefunded refund && refund.memberId().isEmpty()) {
                    // A member's order refund is also recorded on the member (RefundRecorded above): count it once.
                    refunds++;
                    refunded = refunded.plus(refund.amount());
                } else if (event instanceof RewardGranted) {
                    rewards++;
                } else if (event instanceof CommissionAccrued accrued) {
                    commission = commission.plus(accrued.amount());
                }
            }
            if (events.size() < PAGE) {
                break;
            }
        }
        long buyers = ordersPerMember.size();
        long repeat = ordersPerMember.values().stream().filter(n -> n >= 2).count();
        BigDecimal rate = buyers == 0 ? BigDecimal.ZERO.setScale(2)
                : BigDecimal.valueOf(repeat * 100).divide(BigDecimal.valueOf(buyers), 2, RoundingMode.HALF_UP);
        return new Report(memberCount, joins, buyers, repeat, rate, paidOrders, refunds, refunded, discountCost,
                rewards, commission, tiers);
    }
}
