package dev.shequn.adapter.persistence.contract;

import static dev.shequn.adapter.persistence.support.Aggregates.cny;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.member.TagRules;
import dev.shequn.domain.shared.MerchantId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The contract of the TagRulesRepository port: each merchant's tag rules. */
public abstract class AbstractTagRulesRepositoryContractTest extends BackendTest {

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
}
