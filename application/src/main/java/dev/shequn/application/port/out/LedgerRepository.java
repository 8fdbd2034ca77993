package dev.shequn.application.port.out;

import dev.shequn.domain.ledger.Account;
import dev.shequn.domain.ledger.Accrual;
import dev.shequn.domain.ledger.LedgerEntry;
import dev.shequn.domain.ledger.MemberLedger;
import dev.shequn.domain.ledger.Withdrawal;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.MerchantId;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The member ledger, append-only, with the accruals (frozen credit from orders) and withdrawals that move it.
 *
 * <p>{@code load} sums the member's legs into balances; there is no balance stored beside the entries.
 * {@code append} adds the ledger's {@link MemberLedger#newEntries()} only if the member's last stored entry is
 * still {@link MemberLedger#storedSequence()}: entries are keyed by (merchant, member, sequence), so a writer
 * that read a stale ledger collides on the key and answers false, writing nothing. Accruals and withdrawals are
 * versioned like every aggregate here.
 */
public interface LedgerRepository {

    MemberLedger load(MerchantId merchantId, MemberId memberId, Currency currency);

    boolean append(MemberLedger ledger);

    /** A member's entries with a sequence above {@code afterSequence}, in order, at most {@code limit}. */
    List<LedgerEntry> entries(MerchantId merchantId, MemberId memberId, long afterSequence, int limit);

    /** The merchant's own accounts (expense, loss, payout), each the sum of its legs over all members. */
    Map<Account, Long> merchantBalances(MerchantId merchantId);

    Optional<Accrual> findAccrual(MerchantId merchantId, String accrualId);

    List<Accrual> findAccrualsOfOrder(MerchantId merchantId, String orderId);

    /** Frozen accruals of any merchant whose release time is at or before {@code now}, soonest first. */
    List<Accrual> findDueAccruals(Instant now, int limit);

    boolean saveAccrual(Accrual accrual);

    Optional<Withdrawal> findWithdrawal(MerchantId merchantId, String withdrawalId);

    boolean saveWithdrawal(Withdrawal withdrawal);
}
