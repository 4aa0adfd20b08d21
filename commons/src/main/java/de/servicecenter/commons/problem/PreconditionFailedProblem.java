package de.servicecenter.commons.problem;

import java.util.List;

/** 412 (or 428 when missing): the client's {@code If-Match} names a version that is no longer current. */
public class PreconditionFailedProblem extends ApiProblem {

    public PreconditionFailedProblem(String detail) {
        super(ProblemType.PRECONDITION_FAILED, detail, List.of());
    }

    private PreconditionFailedProblem(ProblemType type, String detail) {
        super(type, detail, List.of());
    }

    /** 428: a write that must name the version it rests on came without {@code If-Match}. */
    public static PreconditionFailedProblem required(String detail) {
        return new PreconditionFailedProblem(ProblemType.PRECONDITION_REQUIRED, detail);
    }
}
