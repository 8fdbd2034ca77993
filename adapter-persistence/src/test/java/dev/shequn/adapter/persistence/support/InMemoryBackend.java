package dev.shequn.adapter.persistence.support;

import dev.shequn.adapter.persistence.memory.InMemoryPorts;
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

/** The in-memory adapters, held to the same contracts as the JDBC ones. */
public final class InMemoryBackend implements PersistenceBackend {

    private final OutPorts ports = InMemoryPorts.create();

    @Override
    public OutPorts outPorts() {
        return ports;
    }

    @Override
    public UnitOfWork unitOfWork() {
        return ports.unitOfWork();
    }

    @Override
    public EventOutbox eventOutbox() {
        return ports.outbox();
    }

    @Override
    public MerchantRepository merchants() {
        return ports.merchants();
    }

    @Override
    public CommunityRepository communities() {
        return ports.communities();
    }

    @Override
    public JoinChannelRepository joinChannels() {
        return ports.channels();
    }

    @Override
    public MembershipRepository memberships() {
        return ports.memberships();
    }

    @Override
    public ModerationRepository moderation() {
        return ports.moderation();
    }

    @Override
    public MemberRepository members() {
        return ports.members();
    }

    @Override
    public TagRulesRepository tagRules() {
        return ports.tagRules();
    }

    @Override
    public TierLadderRepository tierLadders() {
        return ports.tierLadders();
    }

    @Override
    public void close() {
        // Nothing to release: the store goes with the test instance.
    }
}
