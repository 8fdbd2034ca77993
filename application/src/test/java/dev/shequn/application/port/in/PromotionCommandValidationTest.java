package dev.shequn.application.port.in;

import static dev.shequn.domain.promotion.CatalogFixtures.OLIVE_SHOP;
import static dev.shequn.domain.promotion.CatalogFixtures.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.common.Violation;
import dev.shequn.domain.order.OrderId;
import dev.shequn.domain.promotion.CatalogFixtures;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.RefundPolicy;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PromotionCommandValidationTest {

    @Test
    void givenCouponDefinitionWithoutTerms_whenValidated_thenTermsAreNamed() {
        var command = new CreatePromotionUseCase.Command(OLIVE_SHOP, CatalogFixtures.halfPriceCouponDefinition("half"), null);

        assertThat(command.violations()).extracting(Violation::field).containsExactly("couponTermsConsistent");
    }

    @Test
    void givenBudgetWithoutCurrency_whenValidated_thenRefused() {
        Promotion spend = CatalogFixtures.spendSaveDefinition("spend", "100.00", "10.00", Optional.of(cny("1000.00")),
                OptionalLong.empty());
        Promotion withoutCurrency = new Promotion(spend.id(), spend.name(), spend.code(), Optional.empty(),
                spend.priority(), spend.stacking(), spend.group(), spend.validFrom(), spend.validUntil(),
                spend.conditions(), spend.target(), spend.effect(), spend.maxDiscount(), spend.budget(),
                spend.redemptions(), spend.perMemberLimit());

        assertThat(new UpdatePromotionUseCase.Command(OLIVE_SHOP, spend, null).violations()).isEmpty();
        assertThat(new UpdatePromotionUseCase.Command(OLIVE_SHOP, withoutCurrency, null).violations())
                .extracting(Violation::field).containsExactly("budgetCurrencyNamed");
    }

    @Test
    void givenMissingFields_whenValidated_thenEachIsNamed() {
        assertThat(new CreatePromotionUseCase.Command(null, null, CatalogFixtures.sevenDayTerms(OptionalLong.empty(),
                OptionalLong.empty(), RefundPolicy.RESTORE)).violations())
                .extracting(Violation::field).containsExactly("definition", "merchantId");
        assertThat(new PlaceOrderUseCase.Command(OLIVE_SHOP, null, null).violations())
                .extracting(Violation::field).containsExactly("cart", "orderId");
        assertThat(new GrantCouponUseCase.Command(OLIVE_SHOP, " ", null).violations())
                .extracting(Violation::field).containsExactly("memberId", "promotionId");
    }

    @Test
    void givenRefundOfNoUnits_whenValidated_thenUnitsAreRefused() {
        OrderId order = new OrderId("o-1");

        assertThat(new RefundOrderUseCase.Command(OLIVE_SHOP, order, "r-1", null).violations()).isEmpty();
        assertThat(new RefundOrderUseCase.Command(OLIVE_SHOP, order, "r-1", Map.of("oil", 0L)).violations())
                .extracting(Violation::field).containsExactly("unitsValid");
        assertThat(new RefundOrderUseCase.Command(OLIVE_SHOP, order, "", Map.of()).violations())
                .extracting(Violation::field).containsExactly("refundId", "unitsValid");
        assertThat(new ExpireReservationsUseCase.Command(0).violations()).extracting(Violation::field).containsExactly("limit");
    }
}
