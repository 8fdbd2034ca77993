package dev.shequn.adapter.cli;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.domain.shared.RefusalReason;
import java.io.PrintWriter;

/** How a use case's refusal reaches standard error: the code, then each field with what is wrong with it. */
public final class Failures {

    public static final int DONE = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;
    /** The input was fine, but the stored state refused it (full, exhausted, already done, not found). */
    public static final int REFUSED = 3;
    /** Others kept changing the same data; the same command may succeed when run again (sysexits' EX_TEMPFAIL). */
    public static final int TRY_AGAIN = 75;

    private Failures() {}

    /**
     * Prints the refusal and answers its exit code: 2 for input that is wrong whatever the state, 3 for input the
     * current state refuses, 75 when concurrent changes made the use case give up (run it again).
     */
    public static int refused(PrintWriter err, UseCaseError error) {
        int exit;
        if (error instanceof UseCaseError.InvalidCommand invalid) {
            err.println("error: invalid input");
            invalid.violations().forEach(v -> err.println("  " + v.field() + ": " + v.message()));
            exit = BAD_INPUT;
        } else if (error instanceof UseCaseError.NotFound notFound) {
            err.println("error: " + notFound.kind() + " " + notFound.id() + " not found");
            exit = REFUSED;
        } else if (error instanceof UseCaseError.AlreadyExists exists) {
            err.println("error: " + exists.kind() + " " + exists.id() + " already exists");
            exit = REFUSED;
        } else if (error instanceof UseCaseError.Refused refused) {
            err.println("error: " + refused.reason().name() + ": " + refused.detail());
            exit = exitCode(refused.reason());
        } else if (error instanceof UseCaseError.ConcurrentUpdate concurrent) {
            err.println("error: " + error.code() + ": others kept changing " + concurrent.what() + "; run it again");
            exit = TRY_AGAIN;
        } else {
            throw new IllegalStateException("unmapped use-case error " + error);
        }
        err.flush();
        return exit;
    }

    /** Every kind of refusal has its exit code; the switch has no default, so a new kind does not compile unmapped. */
    static int exitCode(RefusalReason reason) {
        return switch (reason.kind()) {
            case INVALID, UNPROCESSABLE -> BAD_INPUT;
            case CONFLICT -> REFUSED;
        };
    }
}
