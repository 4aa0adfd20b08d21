package de.servicecenter.console.platform;

/**
 * A service did not answer (not started, restarting, overloaded) or answered what the console cannot read. The
 * screen says which service, in German, and nothing else: no stack trace, no class name.
 */
public class Unreachable extends RuntimeException {

    private final String service;

    public Unreachable(String service, Throwable cause) {
        super(service + " not reachable", cause);
        this.service = service;
    }

    public String service() {
        return service;
    }
}
