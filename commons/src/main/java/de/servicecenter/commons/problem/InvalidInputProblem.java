package de.servicecenter.commons.problem;

import java.util.List;

/** 400: fields of the request are invalid, in ways that Bean Validation on the DTO alone cannot see. */
public class InvalidInputProblem extends ApiProblem {

    public InvalidInputProblem(List<FieldError> errors) {
        super(ProblemType.VALIDATION_FAILED, describe(errors.size()), errors);
    }

    public static InvalidInputProblem of(String field, String message) {
        return new InvalidInputProblem(List.of(new FieldError(field, message)));
    }

    static String describe(int fieldCount) {
        return fieldCount == 1 ? "1 field is invalid." : fieldCount + " fields are invalid.";
    }
}
