package de.servicecenter.commons.problem;

import java.util.List;

/** 403: the token is valid but cannot be used here (no tenant claim, unknown tenant, missing role). */
public class ForbiddenProblem extends ApiProblem {

    public ForbiddenProblem(String detail) {
        super(ProblemType.FORBIDDEN, detail, List.of());
    }
}
