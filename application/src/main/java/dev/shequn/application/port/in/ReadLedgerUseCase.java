package dev.shequn.application.port.in;

import dev.shequn.application.common.SelfValidating;
import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.MemberBalances;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import io.vavr.control.Either;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * A member's balances and a page of its ledger entries (those after {@code afterSequence}), and its rewards.
 * {@code NotFound} for a member the merchant does not have.
 */
public interface ReadLedgerUseCase {

    Either<UseCaseError, Result> readLedger(Query query);

    record Query(
            @NotNull MerchantId merchantId,
            @NotNull MemberId memberId,
            @PositiveOrZero long afterSequence,
            @Positive @Max(1000) int limit) implements SelfValidating {}

    record Result(MemberBalances balances, List<LedgerEntry> entries, List<RewardView> rewards) {
        public Result {
            entries = List.copyOf(entries);
            rewards = List.copyOf(rewards);
        }
    }
}
