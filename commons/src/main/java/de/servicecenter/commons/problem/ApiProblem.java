package de.servicecenter.commons.problem;

import java.util.List;

/**
 * Base of the exceptions that services throw to answer with a problem response. The message is the
 * problem's {@code detail} and goes on the wire, so it must never contain internals.
 */
public abstract class ApiProblem extends RuntimeException {

    private final ProblemType problemType;
    private final List<FieldError> errors;

    protected ApiProblem(ProblemType problemType, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.problemType = problemType;
        this.errors = List.copyOf(errors);
    }

    public ProblemType problemType() {
        return problemType;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public ProblemDetail toProblemDetail() {
        return new ProblemDetail(problemType.type(), problemType.title(), problemType.status(), getMessage(), null,
                errors);
    }
}
