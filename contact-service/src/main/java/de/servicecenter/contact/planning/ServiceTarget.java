package de.servicecenter.contact.planning;

/**
 * A service level to staff for: {@code share} of the calls answered within {@code withinSeconds}. The call-center
 * standard is 80 % within 20 s; the Behördennummer 115 promises 75 % within 30 s.
 */
public record ServiceTarget(double share, int withinSeconds) {

    /** The call-center industry's usual target. */
    public static final ServiceTarget EIGHTY_TWENTY = new ServiceTarget(0.80, 20);
    /** The service promise of the Behördennummer 115: 75 % of calls answered within 30 seconds. */
    public static final ServiceTarget BEHOERDENNUMMER_115 = new ServiceTarget(0.75, 30);

    public ServiceTarget {
        // 100 % is never reached by a queue with random arrivals: no number of agents would be enough
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("share must be above 0 and below 1, was " + share);
        }
        if (withinSeconds < 0) {
            throw new IllegalArgumentException("withinSeconds must not be negative, was " + withinSeconds);
        }
    }
}
