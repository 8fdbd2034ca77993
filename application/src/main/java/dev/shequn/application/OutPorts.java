package dev.shequn.application;

import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.IdGenerator;
import dev.shequn.application.port.out.JoinChannelRepository;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.ModerationRepository;
import dev.shequn.application.port.out.RandomSource;
import dev.shequn.application.port.out.TagRulesRepository;
import dev.shequn.application.port.out.TierLadderRepository;
import dev.shequn.application.port.out.UnitOfWork;

/** Every driven port the use cases need, as one storage adapter provides them. */
public record OutPorts(
        UnitOfWork unitOfWork,
        EventOutbox outbox,
        IdGenerator ids,
        RandomSource random,
        MerchantRepository merchants,
        CommunityRepository communities,
        MembershipRepository memberships,
        JoinChannelRepository channels,
        MemberRepository members,
        ModerationRepository moderation,
        TagRulesRepository tagRules,
        TierLadderRepository tierLadders) {

    public OutPorts {
        requireNonNull(unitOfWork, "unitOfWork");
        requireNonNull(outbox, "outbox");
        requireNonNull(ids, "ids");
        requireNonNull(random, "random");
        requireNonNull(merchants, "merchants");
        requireNonNull(communities, "communities");
        requireNonNull(memberships, "memberships");
        requireNonNull(channels, "channels");
        requireNonNull(members, "members");
        requireNonNull(moderation, "moderation");
        requireNonNull(tagRules, "tagRules");
        requireNonNull(tierLadders, "tierLadders");
    }
}
