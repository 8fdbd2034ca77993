package dev.shequn.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.application.OutPorts;
import dev.shequn.application.Shequn;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.InsightUseCase;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.order.OrderEvents.OrderPaid;
import dev.shequn.domain.order.OrderEvents.OrderPlaced;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.referral.Beneficiary;
import dev.shequn.domain.referral.ReferralEvents.CommissionAccrued;
import dev.shequn.domain.referral.ReferralEvents.RewardGranted;
import dev.shequn.domain.referral.Trigger;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The insight query over events the order and referral use cases store, appended here as they would be. */
class InsightReportTest {

    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final MerchantId MERCHANT = new MerchantId("olive");

    private final OutPorts ports = InMemoryPorts.create();
    private final Shequn shequn = new Shequn(ports, Clock.fixed(NOW, ZoneOffset.UTC));

    private static Money cny(String amount) {
        return Money.of(amount, CNY);
    }

    @Test
    void givenPaidAndUnpaidOrdersRewardsAndCommission_whenReporting_thenOnlyPaidOrdersDiscountsCount() {
        shequn.createMerchant().createMerchant(new CreateMerchantUseCase.Command(MERCHANT, "Olive", CNY));
        OrderId paid = new OrderId("o-1");
        OrderId unpaid = new OrderId("o-2");
        ports.unitOfWork().inTransaction(() -> ports.outbox().append(List.of(
                new OrderPlaced(MERCHANT, paid, Optional.of("m-1"), cny("200.00"), cny("100.00"), cny("100.00"),
                        List.of(), NOW.plusSeconds(900), NOW),
                new OrderPlaced(MERCHANT, unpaid, Optional.of("m-2"), cny("80.00"), cny("40.00"), cny("40.00"),
                        List.of(), NOW.plusSeconds(900), NOW),
                new OrderPaid(MERCHANT, paid, Optional.of("m-1"), cny("100.00"), List.of(), NOW),
                new RewardGranted(MERCHANT, "r-1", "rule-1", Trigger.INVITEE_JOINED, new MemberId("m-1"),
                        Beneficiary.Role.INVITER, "POINTS", Optional.of(100L), Optional.empty(), Optional.empty(),
                        false, NOW),
                new CommissionAccrued(MERCHANT, "o-1", new CommunityId("c-1"), 1, new MemberId("m-9"),
                        cny("5.00"), NOW.plusSeconds(86_400), NOW))));

        InsightUseCase.Report report = shequn.insight().report(new InsightUseCase.Command(MERCHANT)).get();

        assertThat(report.discountCost()).isEqualTo(cny("100.00"));
        assertThat(report.rewardsGranted()).isEqualTo(1);
        assertThat(report.commissionBooked()).isEqualTo(cny("5.00"));
        assertThat(report.buyers()).isZero();
        assertThat(report.repurchaseRatePercent()).isEqualByComparingTo("0");
    }

    @Test
    void givenAnUnknownMerchant_whenReporting_thenNotFound() {
        assertThat(shequn.insight().report(new InsightUseCase.Command(new MerchantId("nobody"))).getLeft())
                .isEqualTo(new UseCaseError.NotFound("merchant", "nobody"));
    }
}
