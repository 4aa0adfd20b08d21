package de.servicecenter.openinghours;

import java.util.List;

/** A schedule definition that cannot be compiled, with every mistake found. */
public class InvalidScheduleException extends Exception {

    private final List<Violation> violations;

    public InvalidScheduleException(List<Violation> violations) {
        super(violations.size() + " mistake(s) in the schedule, first: " + violations.getFirst().path() + " "
                + violations.getFirst().message(), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
