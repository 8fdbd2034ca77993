package dev.shequn.domain.community;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.DomainEvent;
import java.util.List;

/** An accepted join: either the member is now in, or already was (joining twice changes nothing). */
public sealed interface JoinOutcome {

    Membership membership();

    record Joined(Membership membership, List<DomainEvent> events) implements JoinOutcome {
        public Joined {
            requireNonNull(membership, "membership");
            events = List.copyOf(events);
        }
    }

    record AlreadyMember(Membership membership) implements JoinOutcome {
        public AlreadyMember {
            requireNonNull(membership, "membership");
        }
    }
}
