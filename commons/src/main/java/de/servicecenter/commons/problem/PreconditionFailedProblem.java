package de.servicecenter.commons.problem;

import java.util.List;

/** 412: the client's {@code If-Match} names a version that is no longer current. */
public class PreconditionFailedProblem extends ApiProblem {

    public PreconditionFailedProblem(String detail) {
        super(ProblemType.PRECONDITION_FAILED, detail, List.of());
    }
}
