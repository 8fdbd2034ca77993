package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.T0;
import static dev.shequn.adapter.persistence.support.Aggregates.cny;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.shequn.adapter.persistence.support.Aggregates;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.domain.member.Member;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.member.TierStanding;
import dev.shequn.domain.shared.MerchantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

public abstract class AbstractMemberRepositoryContractTest extends BackendTest {

    private MemberRepository members;
    private MerchantId merchant;

    @BeforeEach
    void setUp() {
        members = backend.members();
        merchant = aMerchant();
    }

    @Test
    void givenAMemberWithOrdersTagsAndTier_whenSavedAndReloaded_thenEveryPartIsKept() {
        Member member = Aggregates.member(merchant, "alice");
        TagRules rules = new TagRules(merchant, Optional.of(cny("100.00")), true, Optional.of(30), 1);
        member.recordPaidOrder("o-1", cny("88.80"), Set.of("oil", "vinegar"), T0, rules, Duration.ofDays(365), T0).get();
        member.recordPaidOrder("o-2", cny("45.00"), Set.of("tea"), T0.plusSeconds(3600), rules, Duration.ofDays(365),
                T0.plusSeconds(3600)).get();
        member.recordRefund("o-2", cny("5.00"), rules, T0.plusSeconds(7200)).get();
        member.changeTierStanding(new TierStanding(Optional.of("senior"), Optional.of(T0.plusSeconds(60))));

        assertThat(members.save(member)).isTrue();
        Member found = members.find(merchant, new MemberId("alice")).orElseThrow();

        assertThat(found).usingRecursiveComparison().ignoringFields("version").isEqualTo(member);
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.metrics().totalSpend()).isEqualTo(cny("128.80"));
        assertThat(found.automaticTags()).contains(TagRules.HIGH_VALUE, "category:oil", "category:tea");
        assertThat(members.findByExternalId(merchant, "ext-alice")).get()
                .usingRecursiveComparison().isEqualTo(found);
    }

    @Test
    void givenATakenIdOrExternalId_whenANewMemberIsSaved_thenItIsRefused() {
        members.save(Aggregates.member(merchant, "alice"));

        assertThat(members.save(Aggregates.member(merchant, "alice"))).isFalse();
        Member sameExternal = Member.create(new MemberId("bob"), merchant, "ext-alice", Aggregates.CNY,
                Aggregates.member(merchant, "x").portrait(), Set.of(), T0);
        assertThat(members.save(sameExternal)).isFalse();
        assertThat(members.find(merchant, new MemberId("bob"))).isEmpty();
        assertThat(members.save(Aggregates.member(aMerchant(), "alice"))).isTrue();
    }

    @Test
    void givenTwoCopiesReadAtOneVersion_whenBothChangeTier_thenOnlyTheFirstIsSaved() {
        members.save(Aggregates.member(merchant, "alice"));
        Member first = members.find(merchant, new MemberId("alice")).orElseThrow();
        Member second = members.find(merchant, new MemberId("alice")).orElseThrow();
        first.changeTierStanding(new TierStanding(Optional.of("senior"), Optional.empty()));
        second.changeTierStanding(new TierStanding(Optional.of("junior"), Optional.empty()));

        assertThat(members.save(first)).isTrue();
        assertThat(members.save(second)).isFalse();
        Member stored = members.find(merchant, new MemberId("alice")).orElseThrow();
        assertThat(stored.tierStanding().tier()).contains("senior");
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void givenManyMembers_whenPagedByKeyset_thenEachComesOnceInIdOrder() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            String id = String.format("m-%03d", (i * 7) % 23);
            ids.add(id);
            members.save(Aggregates.member(merchant, id));
        }
        members.save(Aggregates.member(aMerchant(), "m-000"));

        List<String> seen = new ArrayList<>();
        Optional<MemberId> after = Optional.empty();
        while (true) {
            List<Member> page = members.findPage(merchant, after, 5);
            if (page.isEmpty()) {
                break;
            }
            assertThat(page.size()).isLessThanOrEqualTo(5);
            page.forEach(m -> seen.add(m.id().value()));
            after = Optional.of(page.get(page.size() - 1).id());
        }

        assertThat(seen).isSorted().containsExactlyInAnyOrderElementsOf(ids);
        assertThatIllegalArgumentException().isThrownBy(() -> members.findPage(merchant, Optional.empty(), 0));
    }
}
