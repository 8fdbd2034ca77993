package dev.shequn.adapter.persistence.jdbc;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which record class an outbox row's type name reads back into. The composition root (or a test) registers
 * the domain's event families, a sealed event interface or a holder class such as {@code CommunityEvents};
 * every record in them is found without listing it, so a new event of an existing family needs no registration. A type whose {@link DomainEvent#type()} differs
 * from its simple name registers explicitly with {@link Builder#register(String, Class)}.
 */
public final class EventTypeRegistry {

    private final Map<String, Class<? extends DomainEvent>> classesByType;

    private EventTypeRegistry(Map<String, Class<? extends DomainEvent>> classesByType) {
        this.classesByType = Map.copyOf(classesByType);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<Class<? extends DomainEvent>> classOf(String type) {
        return Optional.ofNullable(classesByType.get(type));
    }

    /**
     * Refuses, at write time, an event the outbox could not read back later: unknown type name, or a name
     * registered for another class.
     */
    void checkReadable(DomainEvent event) {
        Class<? extends DomainEvent> registered = classesByType.get(event.type());
        checkArgument(registered != null,
                "event type %s (%s) is not registered with the outbox", event.type(), event.getClass().getName());
        checkArgument(registered.equals(event.getClass()),
                "event type %s is registered for %s, not %s", event.type(), registered.getName(), event.getClass().getName());
    }

    public static final class Builder {
        private final Map<String, Class<? extends DomainEvent>> classesByType = new LinkedHashMap<>();

        private Builder() {
        }

        /** The record under its {@link Class#getSimpleName() simple name}, the default of {@link DomainEvent#type()}. */
        public Builder register(Class<? extends DomainEvent> eventClass) {
            return register(eventClass.getSimpleName(), eventClass);
        }

        public Builder register(String type, Class<? extends DomainEvent> eventClass) {
            requireNonNull(type, "type");
            requireNonNull(eventClass, "eventClass");
            checkArgument(eventClass.isRecord(), "%s is not a record", eventClass.getName());
            Class<? extends DomainEvent> previous = classesByType.putIfAbsent(type, eventClass);
            checkState(previous == null || previous.equals(eventClass),
                    "event type %s is taken by %s, cannot register %s", type, previous, eventClass.getName());
            return this;
        }

        /** Every record class permitted, directly or through nested sealed interfaces, below {@code family}. */
        public Builder registerSealed(Class<? extends DomainEvent> family) {
            requireNonNull(family, "family");
            if (family.isRecord()) {
                return register(family);
            }
            checkArgument(family.isSealed(), "%s is neither a record nor a sealed interface", family.getName());
            for (Class<?> permitted : family.getPermittedSubclasses()) {
                registerSealed(permitted.asSubclass(DomainEvent.class));
            }
            return this;
        }

        /**
         * Every event record declared inside {@code holder}, the domain's way of grouping a concept's events
         * (e.g. {@code CommunityEvents}); sealed event interfaces among them are followed too.
         */
        public Builder registerNested(Class<?> holder) {
            requireNonNull(holder, "holder");
            for (Class<?> nested : holder.getDeclaredClasses()) {
                if (DomainEvent.class.isAssignableFrom(nested) && (nested.isRecord() || nested.isSealed())) {
                    registerSealed(nested.asSubclass(DomainEvent.class));
                }
            }
            return this;
        }

        public EventTypeRegistry build() {
            return new EventTypeRegistry(classesByType);
        }
    }
}
