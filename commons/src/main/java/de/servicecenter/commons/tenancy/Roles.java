package de.servicecenter.commons.tenancy;

/**
 * The realm roles of the platform, as they appear in the token's {@code realm_access.roles}.
 * Constants so that they can be used in {@code @RolesAllowed}.
 */
public final class Roles {

    /** Operates the platform: manages the tenant registry. */
    public static final String PLATFORM_ADMIN = "platform-admin";
    /** Runs a host service center: its centers, contracts, schedules, routing rules, agents. */
    public static final String HOST_ADMIN = "host-admin";
    /** Answers citizens' calls in a host center: searches knowledge, logs contacts. */
    public static final String AGENT = "agent";
    /** Administers one town's own data: local knowledge, office hours, statistics, bills. */
    public static final String CITY_ADMIN = "city-admin";
    /** The telephone system (PBX / SIP proxy) asking for routing decisions and reporting contacts. */
    public static final String PHONE_SYSTEM = "phone-system";

    /**
     * Another service of the platform (client credentials), reading the tenancy snapshot it needs to decide
     * access on its own: which tenants are active, which contracts delegate what.
     */
    public static final String PLATFORM_SERVICE = "platform-service";

    private Roles() {
    }
}
