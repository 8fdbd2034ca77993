package dev.shequn.domain.community;

import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static dev.shequn.domain.testing.Fixtures.T0;
import static dev.shequn.domain.testing.Fixtures.daysAfterT0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.shequn.domain.member.MemberId;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModerationPolicyTest {

    private final ModerationPolicy policy = new ModerationPolicy(Set.of("olive.example.com", "jd.com"),
            Set.of("代购", "casino"), ModerationPolicy.DEFAULT_WARNINGS, ModerationPolicy.DEFAULT_WINDOW);

    @Test
    void givenCleanMessageOrAllowedLinks_whenAssessed_thenNone() {
        assertThat(policy.assess("今天的橄榄油真不错", 0)).isEqualTo(ModerationVerdict.none());
        assertThat(policy.assess("see https://item.jd.com/123 and olive.example.com/offer", 0))
                .isEqualTo(ModerationVerdict.none());
        assertThat(policy.assess("version 1.5 costs 3.20 yuan", 0)).isEqualTo(ModerationVerdict.none());
    }

    @Test
    void givenLinkOutsideTheAllowList_whenFirstOffence_thenWarnNamingTheHost() {
        assertThat(policy.assess("cheap at http://spam.cn/x", 0))
                .isEqualTo(new ModerationVerdict(ModerationAction.WARN, Optional.of("link-not-allowed:spam.cn")));
        assertThat(policy.assess("fakejd.com", 0).rule()).contains("link-not-allowed:fakejd.com");
    }

    @Test
    void givenBannedWord_whenAssessed_thenRuleNamesTheWordCaseInsensitively() {
        assertThat(policy.assess("Best CASINO in town", 0).rule()).contains("banned-word:casino");
        assertThat(policy.assess("专业代购", 0).rule()).contains("banned-word:代购");
    }

    @Test
    void givenOneWarningAlready_whenOffendingAgain_thenRemove() {
        assertThat(policy.assess("spam.cn", 1).action()).isEqualTo(ModerationAction.REMOVE);
    }

    @Test
    void givenWarnThenAnotherOffence_whenWithin30Days_thenRemoveButAfter30Days_thenWarnAgain() {
        ModerationRecord record = ModerationRecord.create(OLIVE_SHOP, new CommunityId("c1"), new MemberId("m1"));
        Duration window = policy.warningWindow();
        assertThat(policy.assess("spam.cn", record.activeWarnings(window, T0)).action()).isEqualTo(ModerationAction.WARN);
        record.warn(window, T0);

        assertThat(policy.assess("spam.cn", record.activeWarnings(window, daysAfterT0(29))).action())
                .isEqualTo(ModerationAction.REMOVE);
        assertThat(policy.assess("spam.cn", record.activeWarnings(window, daysAfterT0(30))).action())
                .isEqualTo(ModerationAction.WARN);
    }

    @Test
    void givenNoWarningsBeforeRemoval_whenFirstOffence_thenRemove() {
        ModerationPolicy strict = new ModerationPolicy(Set.of(), Set.of("casino"), 0, Duration.ofDays(30));

        assertThat(strict.assess("casino", 0).action()).isEqualTo(ModerationAction.REMOVE);
    }
}
