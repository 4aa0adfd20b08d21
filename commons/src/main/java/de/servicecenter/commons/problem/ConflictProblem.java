package de.servicecenter.commons.problem;

import java.util.List;

/** 409: the request clashes with the current state, e.g. a duplicate id; names the field when there is one. */
public class ConflictProblem extends ApiProblem {

    public ConflictProblem(String detail, List<FieldError> errors) {
        super(ProblemType.CONFLICT, detail, errors);
    }

    public static ConflictProblem onField(String field, String message) {
        return new ConflictProblem(message, List.of(new FieldError(field, message)));
    }
}
