package dev.shequn.adapter.rest;

import dev.shequn.application.common.UseCaseError;
import dev.shequn.application.common.Violation;
import dev.shequn.domain.shared.RefusalReason;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.Function;

/** Every use-case error to its HTTP answer; the error type is sealed, so nothing is left to guessing. */
final class UseCaseErrors {

    private UseCaseErrors() {}

    /** The answer of a use case: {@code success} for the result, the problem for an error. */
    static <T> Reply reply(Either<UseCaseError, T> outcome, Function<T, Reply> success) {
        return outcome.fold(error -> Reply.problem(problem(error)), success);
    }

    static Problem problem(UseCaseError error) {
        if (error instanceof UseCaseError.InvalidCommand invalid) {
            return Problem.validation(invalid.violations().stream().map(UseCaseErrors::fieldError).toList());
        }
        if (error instanceof UseCaseError.NotFound notFound) {
            return Problem.notFound("No " + notFound.kind() + " " + notFound.id() + ".");
        }
        if (error instanceof UseCaseError.AlreadyExists exists) {
            return Problem.refused("ALREADY_EXISTS", "The " + exists.kind() + " " + exists.id() + " exists already.");
        }
        if (error instanceof UseCaseError.Refused refused) {
            return refusal(refused.reason(), refused.detail());
        }
        if (error instanceof UseCaseError.ConcurrentUpdate concurrent) {
            return Problem.refused("CONCURRENT_UPDATE", "Others kept changing " + concurrent.what() + "; try again.");
        }
        throw new IllegalStateException("unmapped use-case error " + error);
    }

    /** Every kind of refusal has its answer; the switch has no default, so a new kind does not compile unmapped. */
    static Problem refusal(RefusalReason reason, String detail) {
        return switch (reason.kind()) {
            case INVALID -> new Problem(Problem.validation(List.of()).type(), "The request is not valid", 400,
                    detail, List.of(Problem.FieldError.at("", detail)), reason.name());
            case UNPROCESSABLE -> new Problem(Problem.BASE + "unprocessable", "The request cannot be processed", 422,
                    detail, List.of(), reason.name());
            case CONFLICT -> Problem.refused(reason.name(), detail);
        };
    }

    /** {@code tiers[0].code} to the JSON pointer {@code /tiers/0/code}. */
    static Problem.FieldError fieldError(Violation violation) {
        String field = violation.field();
        if (field.equals("command") || field.isEmpty()) {
            return Problem.FieldError.at("", violation.message());
        }
        StringBuilder pointer = new StringBuilder();
        for (String part : field.split("\\.")) {
            if (part.endsWith("()")) {
                continue;
            }
            int bracket = part.indexOf('[');
            String name = bracket < 0 ? part : part.substring(0, bracket);
            if (!name.isEmpty() && !name.startsWith("<")) {
                pointer.append('/').append(name.replace("~", "~0").replace("/", "~1"));
            }
            if (bracket >= 0) {
                String index = part.substring(bracket + 1, part.indexOf(']', bracket));
                if (!index.isEmpty()) {
                    pointer.append('/').append(index);
                }
            }
        }
        return Problem.FieldError.at(pointer.toString(), violation.message());
    }
}
