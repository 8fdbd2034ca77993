package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.CNY;
import static dev.shequn.adapter.persistence.support.Aggregates.T0;
import static dev.shequn.adapter.persistence.support.Aggregates.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.merchant.Merchant;
import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.shared.MerchantId;
import dev.shequn.domain.tier.QualificationRule;
import dev.shequn.domain.tier.Tier;
import dev.shequn.domain.tier.TierBenefits;
import dev.shequn.domain.tier.TierLadder;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The three per-merchant ports: merchants, tag rules and tier ladders (one row per merchant each). */
public abstract class AbstractMerchantSettingsContractTest extends BackendTest {

    @Test
    void givenANewMerchant_whenSavedAndRenamed_thenItReadsBackWithTheVersionRaised() {
        MerchantId id = aMerchant();
        Merchant merchant = Merchant.create(id, "Olive oil shop", CNY, T0);

        assertThat(backend.merchants().save(merchant)).isTrue();
        assertThat(backend.merchants().save(merchant)).isFalse();
        Merchant loaded = backend.merchants().find(id).orElseThrow();
        assertThat(loaded).isEqualTo(Merchant.reconstitute(id, "Olive oil shop", CNY, T0, 1));

        Merchant renamed = Merchant.reconstitute(id, "Olive oil & tea", CNY, T0, loaded.version());
        assertThat(backend.merchants().save(renamed)).isTrue();
        assertThat(backend.merchants().save(renamed)).isFalse();
        assertThat(backend.merchants().find(id).orElseThrow().name()).isEqualTo("Olive oil & tea");
        assertThat(backend.merchants().find(aMerchant())).isEmpty();
    }

    @Test
    void givenTagRules_whenSavedAndReplaced_thenEveryOptionalPartReadsBack() {
        MerchantId merchant = aMerchant();
        TagRules rules = new TagRules(merchant, Optional.of(cny("500.00")), true, Optional.of(60), 0);

        assertThat(backend.tagRules().save(rules)).isTrue();
        TagRules loaded = backend.tagRules().find(merchant).orElseThrow();
        assertThat(loaded).isEqualTo(new TagRules(merchant, Optional.of(cny("500.00")), true, Optional.of(60), 1));

        TagRules replaced = loaded.replacedBy(Optional.empty(), false, Optional.empty());
        assertThat(backend.tagRules().save(replaced)).isTrue();
        assertThat(backend.tagRules().save(replaced)).isFalse();
        assertThat(backend.tagRules().find(merchant)).contains(new TagRules(merchant, Optional.empty(), false, Optional.empty(), 2));
        assertThat(backend.tagRules().find(aMerchant())).isEmpty();
    }

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
