package de.servicecenter.commons.problem;

import java.util.List;

/** 404: the resource does not exist, or belongs to a tenant the caller may not see (deliberately the same). */
public class NotFoundProblem extends ApiProblem {

    public NotFoundProblem(String detail) {
        super(ProblemType.NOT_FOUND, detail, List.of());
    }

    public static NotFoundProblem of(String resourceKind, Object id) {
        return new NotFoundProblem("No " + resourceKind + " '" + id + "'.");
    }
}
