package dev.shequn.adapter.persistence.memory.usecase;

import static dev.shequn.domain.testing.Fixtures.CNY;
import static dev.shequn.domain.testing.Fixtures.OLIVE_SHOP;
import static dev.shequn.domain.testing.Fixtures.T0;

import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.adapter.persistence.memory.SeededRandomSource;
import dev.shequn.adapter.persistence.memory.SequentialIdGenerator;
import dev.shequn.application.OutPorts;
import dev.shequn.application.Shequn;
import dev.shequn.application.port.in.CreateCommunityUseCase;
import dev.shequn.application.port.in.CreateJoinChannelUseCase;
import dev.shequn.application.port.in.CreateMerchantUseCase;
import dev.shequn.application.port.in.RecordPaidOrderUseCase;
import dev.shequn.application.port.in.UpsertMemberUseCase;
import dev.shequn.application.port.out.EventOutbox.StoredEvent;
import dev.shequn.domain.community.CommunityId;
import dev.shequn.domain.community.Positioning;
import dev.shequn.domain.member.MemberId;
import dev.shequn.domain.shared.DomainEvent;
import dev.shequn.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Shequn on the in-memory adapters with a hand-moved clock, and the steps tests repeat. */
final class InMemoryShequn {

    final MutableClock clock = new MutableClock(T0);
    final OutPorts ports;
    final Shequn shequn;

    InMemoryShequn() {
        this(p -> p);
    }

    /** With some ports replaced, e.g. by ones that fail. */
    InMemoryShequn(UnaryOperator<OutPorts> override) {
        ports = override.apply(InMemoryPorts.create(new SequentialIdGenerator(), new SeededRandomSource(7)));
        shequn = new Shequn(ports, clock);
    }

    InMemoryShequn withMerchant() {
        shequn.createMerchant().createMerchant(new CreateMerchantUseCase.Command(OLIVE_SHOP, "Olive shop", CNY)).get();
        return this;
    }

    MemberId member(String externalId) {
        return shequn.upsertMember().upsertMember(UpsertMemberUseCase.Command.of(OLIVE_SHOP, externalId)).get().member().id();
    }

    CommunityId community(String name, int capacity) {
        MemberId leader = member("leader-of-" + name);
        return shequn.createCommunity().createCommunity(new CreateCommunityUseCase.Command(OLIVE_SHOP, name, leader,
                capacity, Positioning.HIGH_FREQUENCY, null, null, null)).get().id();
    }

    String channel(String code, CommunityId... pool) {
        return shequn.createJoinChannel().createJoinChannel(new CreateJoinChannelUseCase.Command(OLIVE_SHOP,
                "Channel " + code, code, List.of(pool))).get().code();
    }

    void pay(MemberId member, String orderId, String amount, String... categories) {
        shequn.recordPaidOrder().recordPaidOrder(new RecordPaidOrderUseCase.Command(OLIVE_SHOP, member, orderId,
                Money.of(amount, CNY), Set.of(categories), null)).get();
    }

    void advanceDays(long days) {
        clock.advance(Duration.ofDays(days));
    }

    List<DomainEvent> events() {
        return ports.outbox().readAfter(OLIVE_SHOP, 0, 100_000).stream().map(StoredEvent::event).toList();
    }

    <E extends DomainEvent> List<E> events(Class<E> type) {
        return events().stream().filter(type::isInstance).map(type::cast).toList();
    }
}
