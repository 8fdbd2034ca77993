package dev.shequn.application.common;

import dev.shequn.application.common.UseCaseError.InvalidCommand;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Supplier;

/** The first step of every use case: a missing or invalid command is refused before anything is touched. */
public final class Commands {

    private Commands() {}

    public static <T> Either<UseCaseError, T> ifValid(SelfValidating command, Supplier<Either<UseCaseError, T>> then) {
        if (command == null) {
            return Either.left(new InvalidCommand(List.of(new Violation("command", "must not be null"))));
        }
        List<Violation> violations = command.violations();
        if (!violations.isEmpty()) {
            return Either.left(new InvalidCommand(violations));
        }
        return then.get();
    }
}
