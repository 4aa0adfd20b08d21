package de.servicecenter.commons.problem;

import java.util.List;

/**
 * 503 with {@code Retry-After}: a service this one depends on cannot be reached and there is no last
 * good answer to fall back on, so the request is refused rather than guessed.
 */
public class DependencyUnavailableProblem extends ApiProblem {

    public DependencyUnavailableProblem(String detail) {
        super(ProblemType.DEPENDENCY_UNAVAILABLE, detail, List.of());
    }
}
