package dev.shequn.domain.community;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.DomainEvent;
import java.util.Optional;

/** A join through a channel that was refused, with the event to publish anyway (a new-community request). */
public record ChannelRefusal(JoinRejection rejection, Optional<DomainEvent> event) {
    public ChannelRefusal {
        requireNonNull(rejection, "rejection");
        requireNonNull(event, "event");
    }
}
