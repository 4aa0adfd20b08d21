package de.servicecenter.routing.decision;

/** No town has an entry point with the dialled number. */
public class UnknownNumberException extends RuntimeException {

    public UnknownNumberException(String number) {
        super("No entry point has the number " + number);
    }
}
