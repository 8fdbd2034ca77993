package dev.shequn.adapter.persistence.memory;

import dev.shequn.application.OutPorts;
import dev.shequn.application.port.out.IdGenerator;
import dev.shequn.application.port.out.RandomSource;

/** Every out-port in memory, over one store: Shequn embedded with no database. */
public final class InMemoryPorts {

    private InMemoryPorts() {}

    /** Sequential ids and secure randomness. */
    public static OutPorts create() {
        return create(new SequentialIdGenerator(), new SecureRandomSource());
    }

    public static OutPorts create(IdGenerator ids, RandomSource random) {
        InMemoryStore store = new InMemoryStore();
        return new OutPorts(store, new InMemoryEventOutbox(store), ids, random,
                new InMemoryMerchantRepository(store), new InMemoryCommunityRepository(store),
                new InMemoryMembershipRepository(store), new InMemoryJoinChannelRepository(store),
                new InMemoryMemberRepository(store), new InMemoryModerationRepository(store),
                new InMemoryTagRulesRepository(store), new InMemoryTierLadderRepository(store));
    }
}
