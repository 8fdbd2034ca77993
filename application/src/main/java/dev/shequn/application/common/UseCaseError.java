package dev.shequn.application.common;

import static java.util.Objects.requireNonNull;

import dev.shequn.domain.shared.RefusalReason;
import java.util.List;

/**
 * Why a use case did not do what was asked. Sealed, so that every adapter maps each case to its own answer (an
 * HTTP status, an exit code) without guessing. Nothing is written when a use case answers one of these, except
 * where a use case's contract says otherwise (a join refused as exhausted still asks for a new community).
 */
public sealed interface UseCaseError {

    /** A stable, machine-readable code. */
    String code();

    /** The command broke its constraints; every violation is named. */
    record InvalidCommand(List<Violation> violations) implements UseCaseError {
        public InvalidCommand {
            violations = List.copyOf(violations);
        }

        @Override
        public String code() {
            return "INVALID_COMMAND";
        }
    }

    /** Something the command refers to does not exist in the merchant. */
    record NotFound(String kind, String id) implements UseCaseError {
        public NotFound {
            requireNonNull(kind, "kind");
            requireNonNull(id, "id");
        }

        @Override
        public String code() {
            return "NOT_FOUND";
        }
    }

    /** Something the command would create exists already. */
    record AlreadyExists(String kind, String id) implements UseCaseError {
        public AlreadyExists {
            requireNonNull(kind, "kind");
            requireNonNull(id, "id");
        }

        @Override
        public String code() {
            return "ALREADY_EXISTS";
        }
    }

    /**
     * A business rule refused the command; {@code reason} is the rule's typed code (e.g. {@code COMMUNITY_FULL}),
     * whose {@link RefusalReason#kind() kind} tells an adapter which answer it is.
     */
    record Refused(RefusalReason reason, String detail) implements UseCaseError {
        public Refused {
            requireNonNull(reason, "reason");
            requireNonNull(detail, "detail");
        }

        @Override
        public String code() {
            return reason.name();
        }
    }

    /** Others kept changing the same thing; the use case gave up after its retries. Safe to try again. */
    record ConcurrentUpdate(String what) implements UseCaseError {
        public ConcurrentUpdate {
            requireNonNull(what, "what");
        }

        @Override
        public String code() {
            return "CONCURRENT_UPDATE";
        }
    }
}
