package dev.shequn.adapter.cli;

import dev.shequn.application.common.UseCaseError;
import java.io.PrintWriter;

/** How a use case's refusal reaches standard error: the code, then each field with what is wrong with it. */
public final class Failures {

    public static final int DONE = 0;
    public static final int FAILURE = 1;
    public static final int BAD_INPUT = 2;

    private Failures() {}

    /** Prints the refusal and answers the exit code: 2, since a refusal is about the input. */
    public static int refused(PrintWriter err, UseCaseError error) {
        if (error instanceof UseCaseError.InvalidCommand invalid) {
            err.println("error: invalid input");
            invalid.violations().forEach(v -> err.println("  " + v.field() + ": " + v.message()));
        } else if (error instanceof UseCaseError.NotFound notFound) {
            err.println("error: " + notFound.kind() + " " + notFound.id() + " not found");
        } else if (error instanceof UseCaseError.AlreadyExists exists) {
            err.println("error: " + exists.kind() + " " + exists.id() + " already exists");
        } else if (error instanceof UseCaseError.Refused refused) {
            err.println("error: " + refused.reason() + ": " + refused.detail());
        } else {
            err.println("error: " + error.code() + ": " + error);
        }
        err.flush();
        return BAD_INPUT;
    }
}
