package dev.shequn.adapter.cli;

import dev.shequn.adapter.persistence.memory.InMemoryPorts;
import dev.shequn.application.OutPorts;
import dev.shequn.application.Shequn;
import dev.shequn.application.port.out.MemberRepository;
import dev.shequn.application.port.out.UnitOfWork;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** One in-memory storage that every command of a test opens, so a later command sees what an earlier one did. */
final class InMemoryBackends implements Backend.Factory {

    final OutPorts ports = InMemoryPorts.create();
    private final Shequn shequn = new Shequn(ports, Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC));
    StorageChoice lastChoice;

    @Override
    public Backend open(StorageChoice choice) {
        lastChoice = choice;
        return new Backend() {
            @Override
            public Shequn shequn() {
                return shequn;
            }

            @Override
            public UnitOfWork unitOfWork() {
                return ports.unitOfWork();
            }

            @Override
            public MemberRepository members() {
                return ports.members();
            }

            @Override
            public void close() {
                // The in-memory storage outlives each command, as a database would.
            }
        };
    }
}
