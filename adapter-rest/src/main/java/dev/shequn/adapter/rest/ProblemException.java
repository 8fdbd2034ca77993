package dev.shequn.adapter.rest;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Ends a request with a problem answer; thrown where the request turns out to be unanswerable. */
public final class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.title(), null, false, false);
        this.problem = requireNonNull(problem, "problem");
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException invalid(String pointer, String detail) {
        return new ProblemException(Problem.validation(List.of(Problem.FieldError.at(pointer, detail))));
    }

    public static ProblemException invalidParameter(String name, String detail) {
        return new ProblemException(Problem.validation(List.of(Problem.FieldError.parameter(name, detail))));
    }
}
