package de.servicecenter.commons.problem;

import java.util.List;

/** 422: well-formed input that a business rule forbids (e.g. a contract with oneself). */
public class BusinessRuleProblem extends ApiProblem {

    public BusinessRuleProblem(String detail, List<FieldError> errors) {
        super(ProblemType.BUSINESS_RULE_VIOLATED, detail, errors);
    }

    public static BusinessRuleProblem onField(String field, String message) {
        return new BusinessRuleProblem(message, List.of(new FieldError(field, message)));
    }
}
