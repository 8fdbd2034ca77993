package dev.shequn.adapter.persistence.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.application.OutPorts;
import dev.shequn.application.PromotionPorts;
import dev.shequn.application.Shequn;
import dev.shequn.application.ShequnPromotions;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.CreatePromotionUseCase;
import dev.shequn.application.port.in.ChangePromotionStatusUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.order.Cart;
import dev.shequn.domain.promotion.CartLine;
import dev.shequn.domain.promotion.CouponTerms;
import dev.shequn.domain.promotion.Promotion;
import dev.shequn.domain.promotion.PromotionStatus;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One merchant of its own on a storage backend, with the use cases wired over it and a clock the test moves.
 * Tests share a backend and stay apart by merchant, as real tenants do.
 */
final class PromotionWorld {

    static final Currency CNY = Currency.getInstance("CNY");

    final OutPorts ports;
    final PromotionPorts promotionPorts;
    final MutableClock clock;
    final Shequn shequn;
    final ShequnPromotions promotions;
    final MerchantId merchant;

    PromotionWorld(OutPorts ports, PromotionPorts promotionPorts, MutableClock clock) {
        this.ports = ports;
        this.promotionPorts = promotionPorts;
        this.clock = clock;
        this.shequn = new Shequn(ports, clock);
        this.promotions = new ShequnPromotions(ports, promotionPorts, clock);
        this.merchant = new MerchantId("shop-" + UUID.randomUUID());
        ok(shequn.createMerchant().createMerchant(new CreateMerchantUseCase.Command(merchant, "Olive oil shop", CNY)));
    }

    MemberId member(String externalId) {
        return ok(shequn.upsertMember().upsertMember(UpsertMemberUseCase.Command.of(merchant, externalId))).member().id();
    }

    void activePromotion(Promotion definition, CouponTerms terms) {
        ok(promotions.createPromotion().createPromotion(new CreatePromotionUseCase.Command(merchant, definition, terms)));
        ok(promotions.changePromotionStatus().changeStatus(
                new ChangePromotionStatusUseCase.Command(merchant, definition.id(), PromotionStatus.ACTIVE)));
    }

    static Money cny(String amount) {
        return Money.of(amount, CNY);
    }

    static CartLine line(String id, String category, String unitPrice, int quantity) {
        return new CartLine(id, Optional.of(id), Optional.of(category), cny(unitPrice), quantity);
    }

    static Cart cart(Optional<MemberId> member, List<String> codes, CartLine... lines) {
        return new Cart(member.map(MemberId::value), CNY, Arrays.asList(lines), Money.zero(CNY), codes);
    }

    static <T> T ok(Either<UseCaseError, T> result) {
        assertThat(result.isRight()).as("expected success, got %s", result.isLeft() ? result.getLeft() : "").isTrue();
        return result.get();
    }

    static String refusal(Either<UseCaseError, ?> result) {
        assertThat(result.isLeft()).as("expected a refusal, got %s", result).isTrue();
        return result.getLeft().code();
    }
}
