package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.port.out.ReferralRepository;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.InviteCode;
import dev.shequn.domain.referral.Inviter;
import dev.shequn.domain.referral.Referral;
import dev.shequn.domain.shared.MerchantId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

public final class InMemoryReferralRepository implements ReferralRepository {

    private final InMemoryStore store;
    private final VersionedTable<RowKey, Inviter> inviters;
    private final VersionedTable<RowKey, Referral> referrals;

    public InMemoryReferralRepository(InMemoryStore store) {
        this.store = store;
        inviters = new VersionedTable<>(store, Inviter::version, (i, v) -> Inviter.reconstitute(i.merchantId(),
                i.memberId(), i.code(), i.recentBindings(), v));
        referrals = new VersionedTable<>(store, Referral::version, (r, v) -> Referral.reconstitute(r.merchantId(),
                r.invitee(), r.inviter(), r.code(), r.boundAt(), r.signals(), r.invitesInPastHour(), r.flags(),
                r.firstPurchaseOrderId(), v));
    }

    @Override
    public Optional<Inviter> findInviter(MerchantId merchantId, MemberId memberId) {
        return inviters.find(RowKey.of(merchantId, memberId));
    }

    @Override
    public Optional<Inviter> findInviterByCode(MerchantId merchantId, InviteCode code) {
        return inviters.where(i -> i.merchantId().equals(merchantId) && i.code().equals(Optional.of(code))).stream()
                .findFirst();
    }

    @Override
    public boolean saveInviter(Inviter inviter) {
        // The code check and the write happen under one hold of the store's lock, like a unique index.
        return store.locked(() -> {
            boolean codeTaken = inviter.code().isPresent() && !inviters.where(i -> i.merchantId().equals(inviter.merchantId())
                    && !i.memberId().equals(inviter.memberId()) && i.code().equals(inviter.code())).isEmpty();
            return !codeTaken && inviters.save(RowKey.of(inviter.merchantId(), inviter.memberId()), inviter);
        });
    }

    @Override
    public Optional<Referral> findByInvitee(MerchantId merchantId, MemberId invitee) {
        return referrals.find(RowKey.of(merchantId, invitee));
    }

    @Override
    public List<Referral> findByInviter(MerchantId merchantId, MemberId inviter, int limit) {
        return referrals.where(r -> r.merchantId().equals(merchantId) && r.inviter().equals(inviter)).stream()
                .sorted(Comparator.comparing(Referral::boundAt).thenComparing(Referral::invitee))
                .limit(limit).toList();
    }

    @Override
    public boolean saveReferral(Referral referral) {
        return referrals.save(RowKey.of(referral.merchantId(), referral.invitee()), referral);
    }

    @Override
    public boolean deviceHashSeen(MerchantId merchantId, String deviceHash) {
        return !referrals.where(r -> r.merchantId().equals(merchantId)
                && r.signals().deviceHash().equals(Optional.of(deviceHash))).isEmpty();
    }

    @Override
    public boolean phoneHashSeen(MerchantId merchantId, String phoneHash) {
        return !referrals.where(r -> r.merchantId().equals(merchantId)
                && r.signals().phoneHash().equals(Optional.of(phoneHash))).isEmpty();
    }
}
