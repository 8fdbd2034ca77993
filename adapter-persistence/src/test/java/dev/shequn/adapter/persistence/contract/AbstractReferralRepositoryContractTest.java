package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.adapter.persistence.support.ReferralPorts;
import dev.shequn.application.port.out.ReferralRepository;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.referral.FraudFlag;
import dev.shequn.domain.referral.FraudSignals;
import dev.shequn.domain.referral.InviteCode;
import dev.shequn.domain.referral.Inviter;
import dev.shequn.domain.referral.Referral;
import dev.shequn.domain.shared.MerchantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class AbstractReferralRepositoryContractTest extends BackendTest {

    private static final InviteCode CODE = new InviteCode("ABCD2345");

    private ReferralRepository referrals;
    private MerchantId merchant;

    @BeforeEach
    void setUp() {
        referrals = ReferralPorts.of(backend).referrals();
        merchant = aMerchant();
    }

    private Inviter inviter(String member, Optional<InviteCode> code) {
        return Inviter.reconstitute(merchant, new MemberId(member), code, List.of(T0, T0.plusSeconds(60)), 0);
    }

    private Referral referral(String invitee, String inviter, Optional<String> device) {
        return Referral.reconstitute(merchant, new MemberId(invitee), new MemberId(inviter), Optional.of(CODE), T0,
                new FraudSignals(device, Optional.of("phone-" + invitee)), 3, Set.of(FraudFlag.VELOCITY_EXCEEDED),
                Optional.empty(), 0);
    }

    @Test
    void givenNewInviter_whenSaved_thenItReadsBackByMemberAndByCode() {
        assertThat(referrals.saveInviter(inviter("alice", Optional.of(CODE)))).isTrue();

        Inviter found = referrals.findInviter(merchant, new MemberId("alice")).orElseThrow();
        assertThat(found.code()).contains(CODE);
        assertThat(found.recentBindings()).containsExactly(T0, T0.plusSeconds(60));
        assertThat(found.version()).isEqualTo(1);
        assertThat(referrals.findInviterByCode(merchant, CODE).orElseThrow().memberId()).isEqualTo(new MemberId("alice"));
        assertThat(referrals.findInviterByCode(aMerchant(), CODE)).isEmpty();
    }

    @Test
    void givenCodeTaken_whenAnotherInviterGetsIt_thenRefusedOnInsertAndOnUpdate() {
        referrals.saveInviter(inviter("alice", Optional.of(CODE)));
        referrals.saveInviter(inviter("bob", Optional.empty()));

        assertThat(referrals.saveInviter(inviter("carol", Optional.of(CODE)))).isFalse();
        Inviter bob = referrals.findInviter(merchant, new MemberId("bob")).orElseThrow();
        bob.assignCode(CODE);
        assertThat(referrals.saveInviter(bob)).isFalse();
        assertThat(referrals.findInviter(merchant, new MemberId("bob")).orElseThrow().code()).isEmpty();
        assertThat(referrals.saveInviter(Inviter.reconstitute(aMerchant(), new MemberId("dave"), Optional.of(CODE),
                List.of(), 0))).as("another merchant may use the same code").isTrue();
    }

    @Test
    void givenStaleInviter_whenSaved_thenRefused() {
        referrals.saveInviter(inviter("alice", Optional.empty()));
        Inviter first = referrals.findInviter(merchant, new MemberId("alice")).orElseThrow();
        Inviter second = referrals.findInviter(merchant, new MemberId("alice")).orElseThrow();
        first.assignCode(CODE);

        assertThat(referrals.saveInviter(first)).isTrue();
        assertThat(referrals.saveInviter(second)).isFalse();
    }

    @Test
    void givenReferral_whenSaved_thenInviteeIsBoundOnceAndReadsBackEqual() {
        Referral referral = referral("bob", "alice", Optional.of("dev-1"));

        assertThat(referrals.saveReferral(referral)).isTrue();
        assertThat(referrals.saveReferral(referral("bob", "carol", Optional.empty()))).isFalse();

        Referral found = referrals.findByInvitee(merchant, new MemberId("bob")).orElseThrow();
        assertThat(found).usingRecursiveComparison().ignoringFields("version").isEqualTo(referral);
        assertThat(found.version()).isEqualTo(1);
    }

    @Test
    void givenFirstPurchase_whenSavedAtVersionRead_thenKeptAndStaleCopyRefused() {
        referrals.saveReferral(referral("bob", "alice", Optional.empty()));
        Referral first = referrals.findByInvitee(merchant, new MemberId("bob")).orElseThrow();
        Referral stale = referrals.findByInvitee(merchant, new MemberId("bob")).orElseThrow();
        first.recordPurchase("o1");
        stale.recordPurchase("o2");

        assertThat(referrals.saveReferral(first)).isTrue();
        assertThat(referrals.saveReferral(stale)).isFalse();
        assertThat(referrals.findByInvitee(merchant, new MemberId("bob")).orElseThrow().firstPurchaseOrderId())
                .contains("o1");
    }

    @Test
    void givenSeveralInvitees_whenListedByInviterAndHashesChecked_thenOnlyThisMerchantsCount() {
        referrals.saveReferral(referral("bob", "alice", Optional.of("dev-1")));
        referrals.saveReferral(referral("carol", "alice", Optional.empty()));
        referrals.saveReferral(referral("dave", "zed", Optional.empty()));

        assertThat(referrals.findByInviter(merchant, new MemberId("alice"), 10)).extracting(r -> r.invitee().value())
                .containsExactly("bob", "carol");
        assertThat(referrals.findByInviter(merchant, new MemberId("alice"), 1)).hasSize(1);
        assertThat(referrals.deviceHashSeen(merchant, "dev-1")).isTrue();
        assertThat(referrals.deviceHashSeen(merchant, "dev-2")).isFalse();
        assertThat(referrals.deviceHashSeen(aMerchant(), "dev-1")).isFalse();
        assertThat(referrals.phoneHashSeen(merchant, "phone-carol")).isTrue();
        assertThat(referrals.phoneHashSeen(merchant, "phone-erin")).isFalse();
    }
}
