package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.shared.Money;
import io.vavr.control.Either;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;

/**
 * Replaces the merchant's tier ladder, tiers lowest first. Members move at their next evaluation. Amounts
 * must be in the merchant's currency and benefit communities must exist. Without {@code graceDays}: 30.
 */
public interface SetTierLadderUseCase {

    Either<UseCaseError, Result> setTierLadder(Command command);

    record Command(
            @NotNull MerchantId merchantId,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid TierSpec> tiers,
            @Min(0) @Max(3650) Integer graceDays) implements SelfValidating {

        @AssertTrue(message = "tier codes must be unique")
        public boolean isEachCodeOnce() {
            if (tiers == null) {
                return true;
            }
            List<String> codes = tiers.stream().filter(t -> t != null && t.code() != null).map(TierSpec::code).toList();
            return new HashSet<>(codes).size() == codes.size();
        }
    }

    record TierSpec(
            @NotNull @Pattern(regexp = "[a-z0-9][a-z0-9_-]{0,63}", message = "must be 1 to 64 of a-z, 0-9, '-', '_'") String code,
            @NotBlank @Size(max = 100) String name,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid RuleSpec> rules,
            @NotNull @Size(max = 50) List<@NotBlank @Size(max = 100) String> couponTemplateIds,
            @NotNull @Size(max = 50) List<@NotNull CommunityId> communityIds) {}

    /** One qualification rule: spend at least {@code minSpend}, or at least {@code minOrders} paid orders, in the window. */
    record RuleSpec(
            @NotNull RuleKind kind,
            @Min(1) @Max(3650) int windowDays,
            Money minSpend,
            @Min(1) Long minOrders) {

        @AssertTrue(message = "a SPEND_IN_WINDOW rule needs a positive minSpend and no minOrders; "
                + "a PAID_ORDERS_IN_WINDOW rule needs minOrders and no minSpend")
        public boolean isComplete() {
            if (kind == null) {
                return true;
            }
            return switch (kind) {
                case SPEND_IN_WINDOW -> minSpend != null && minSpend.isPositive() && minOrders == null;
                case PAID_ORDERS_IN_WINDOW -> minOrders != null && minSpend == null;
            };
        }
    }

    enum RuleKind { SPEND_IN_WINDOW, PAID_ORDERS_IN_WINDOW }

    record Result(MerchantId merchantId, List<String> tierCodes) {
        public Result {
            tierCodes = List.copyOf(tierCodes);
        }
    }
}
