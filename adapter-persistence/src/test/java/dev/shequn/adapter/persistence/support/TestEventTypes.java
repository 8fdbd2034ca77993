package dev.shequn.adapter.persistence.support;

import dev.shequn.adapter.persistence.jdbc.DomainEventTypes;
import dev.shequn.adapter.persistence.jdbc.EventTypeRegistry;

/** The event types the tests append: the test family plus the domain's own. */
public final class TestEventTypes {

    private TestEventTypes() {
    }

    public static EventTypeRegistry registry() {
        return DomainEventTypes.builder()
                .registerSealed(TestEvents.class)
                .register("LegacyName", TestEvents.Renamed.class)
                .build();
    }
}
