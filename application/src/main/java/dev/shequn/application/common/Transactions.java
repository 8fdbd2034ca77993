package dev.shequn.application.common;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import dev.shequn.application.port.out.UnitOfWork;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * Runs use-case work in a unit of work and, when a versioned save loses a race, again in a fresh one: limits
 * stay exact across servers through the database's versions, never through locks in one JVM. An answer of
 * {@code Left} rolls back whatever the work wrote, so a refused command leaves nothing behind.
 */
public final class Transactions {

    public static final int DEFAULT_ATTEMPTS = 8;

    private final UnitOfWork unitOfWork;
    private final int attempts;

    public Transactions(UnitOfWork unitOfWork) {
        this(unitOfWork, DEFAULT_ATTEMPTS);
    }

    public Transactions(UnitOfWork unitOfWork, int attempts) {
        this.unitOfWork = requireNonNull(unitOfWork, "unitOfWork");
        checkArgument(attempts > 0, "attempts must be positive");
        this.attempts = attempts;
    }

    /** Commits on Right, rolls back on Left; retries on a version conflict. */
    public <T> Either<UseCaseError, T> write(String what, Supplier<Either<UseCaseError, T>> work) {
        return commitEvenIfRefused(what, () -> {
            Either<UseCaseError, T> result = work.get();
            if (result.isLeft()) {
                throw new Refusal(result.getLeft());
            }
            return result;
        });
    }

    /**
     * Commits whatever the work answers, Left included: for the few refusals that still record something, like
     * a join refused as exhausted that asks for a new community. Retries on a version conflict.
     */
    public <T> Either<UseCaseError, T> commitEvenIfRefused(String what, Supplier<Either<UseCaseError, T>> work) {
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                return unitOfWork.inTransaction(work);
            } catch (VersionConflict conflict) {
                // Someone else changed what we read; the next attempt reads it afresh.
            } catch (Refusal refusal) {
                return Either.left(refusal.error);
            }
        }
        return Either.left(new UseCaseError.ConcurrentUpdate(what));
    }

    /** Carries a Left out of the unit of work so that it rolls back. */
    private static final class Refusal extends RuntimeException {
        private final UseCaseError error;

        Refusal(UseCaseError error) {
            super(error.code(), null, false, false);
            this.error = error;
        }
    }
}
