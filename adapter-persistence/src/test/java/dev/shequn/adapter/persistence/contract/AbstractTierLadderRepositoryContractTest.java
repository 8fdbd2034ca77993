package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.tier.QualificationRule;
import dev.shequn.domain.tier.Tier;
import dev.shequn.domain.tier.TierBenefits;
import dev.shequn.domain.tier.TierLadder;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The contract of the TierLadderRepository port: each merchant's tier ladder. */
public abstract class AbstractTierLadderRepositoryContractTest extends BackendTest {

    @Test
    void givenATierLadder_whenSavedAndReplaced_thenTiersRulesBenefitsAndGraceReadBack() {
        MerchantId merchant = aMerchant();
        Tier junior = new Tier("junior", "Junior", List.of(new QualificationRule.PaidOrdersInWindow(90, 1)),
                TierBenefits.none());
        Tier senior = new Tier("senior", "Senior", List.of(new QualificationRule.SpendInWindow(180, cny("1000.00")),
                new QualificationRule.PaidOrdersInWindow(180, 6)),
                new TierBenefits(List.of("tpl-half-price"), List.of(new CommunityId("c-vip"))));
        TierLadder ladder = TierLadder.create(merchant, List.of(junior, senior), Duration.ofDays(30));

        assertThat(backend.tierLadders().save(ladder)).isTrue();
        assertThat(backend.tierLadders().save(ladder)).isFalse();
        TierLadder loaded = backend.tierLadders().find(merchant).orElseThrow();
        assertThat(loaded).isEqualTo(new TierLadder(merchant, List.of(junior, senior), Duration.ofDays(30), 1));

        TierLadder replaced = loaded.replacedBy(List.of(senior), Duration.ofDays(7));
        assertThat(backend.tierLadders().save(replaced)).isTrue();
        assertThat(backend.tierLadders().find(merchant).orElseThrow())
                .isEqualTo(new TierLadder(merchant, List.of(senior), Duration.ofDays(7), 2));
        assertThat(backend.tierLadders().find(aMerchant())).isEmpty();
    }
}
