package dev.shequn.adapter.persistence.support;

import dev.shequn.adapter.persistence.memory.SecureRandomSource;
import dev.shequn.adapter.persistence.memory.UuidIdGenerator;
import dev.shequn.application.OutPorts;
import dev.shequn.application.port.out.CommunityRepository;
import dev.shequn.application.port.out.EventOutbox;
import dev.shequn.application.port.out.JoinChannelRepository;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.MembershipRepository;
import dev.shequn.application.port.out.MerchantRepository;
import dev.shequn.application.port.out.ModerationRepository;
import dev.shequn.application.port.out.TagRulesRepository;
import dev.shequn.application.port.out.TierLadderRepository;
import dev.shequn.application.port.out.UnitOfWork;

/** One storage under test with every out-port adapter over it, as the contract tests see it. */
public interface PersistenceBackend extends AutoCloseable {

    UnitOfWork unitOfWork();

    EventOutbox eventOutbox();

    MerchantRepository merchants();

    CommunityRepository communities();

    JoinChannelRepository joinChannels();

    MembershipRepository memberships();

    ModerationRepository moderation();

    MemberRepository members();

    TagRulesRepository tagRules();

    TierLadderRepository tierLadders();

    /** Every port at once, as the application is wired, with production ids and randomness. */
    default OutPorts outPorts() {
        return new OutPorts(unitOfWork(), eventOutbox(), new UuidIdGenerator(), new SecureRandomSource(), merchants(),
                communities(), memberships(), joinChannels(), members(), moderation(), tagRules(), tierLadders());
    }

    @Override
    void close();
}
