package dev.shequn.application.port.out;

import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.InviteCode;
import dev.shequn.domain.referral.Inviter;
import dev.shequn.domain.referral.Referral;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;

/**
 * Inviters (their invite code and recent bindings) and referrals (one per invitee).
 *
 * <p>Optimistic versioning as in every repository here: {@code save} writes only over the version the aggregate
 * was read at (0: new) and makes it one more, else writes nothing and answers false. A new inviter whose code
 * is taken in the merchant, and a second referral of the same invitee, are refused the same way: the database
 * keeps invite codes unique per merchant and invitees bound once.
 */
public interface ReferralRepository {

    Optional<Inviter> findInviter(MerchantId merchantId, MemberId memberId);

    Optional<Inviter> findInviterByCode(MerchantId merchantId, InviteCode code);

    boolean saveInviter(Inviter inviter);

    Optional<Referral> findByInvitee(MerchantId merchantId, MemberId invitee);

    /** The referrals whose inviter is {@code inviter}, oldest first, at most {@code limit}. */
    List<Referral> findByInviter(MerchantId merchantId, MemberId inviter, int limit);

    boolean saveReferral(Referral referral);

    /** Whether another referral of the merchant carries this device hash. */
    boolean deviceHashSeen(MerchantId merchantId, String deviceHash);

    /** Whether another referral of the merchant carries this phone hash. */
    boolean phoneHashSeen(MerchantId merchantId, String phoneHash);
}
