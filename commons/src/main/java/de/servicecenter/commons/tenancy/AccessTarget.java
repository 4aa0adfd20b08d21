package de.servicecenter.commons.tenancy;

import java.util.Objects;
import java.util.Optional;

/**
 * The object an operation touches, as its declared subject needs to see it: its owner (and service area), or its
 * host and client parties. Built by the service after loading the object; {@link TenantAccess#require(AccessTarget)}
 * decides.
 *
 * @param kind   what it is ("article", "contract" …), named in the 404
 * @param client the client party; empty for an object with only a host (a service center)
 * @param shared the owner shares it with the towns it serves ({@link AccessSubject#OWNER_OR_TOWNS_IT_SERVES})
 */
public record AccessTarget(String kind, Object id, String owner, Optional<String> client, Optional<String> area,
                           boolean shared) {

    public AccessTarget {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(area, "area");
    }

    /** An object of one tenant, about one service area or none. */
    public static AccessTarget owned(String kind, Object id, String owner, Optional<String> area) {
        return new AccessTarget(kind, id, owner, Optional.empty(), area, false);
    }

    /** An object its owner shares with the towns it serves (a host's shared knowledge), for their covered areas. */
    public static AccessTarget shared(String kind, Object id, String owner, Optional<String> area) {
        return new AccessTarget(kind, id, owner, Optional.empty(), area, true);
    }

    /** An object between a host (or a contact's serving host) and a client (or a contact's town). */
    public static AccessTarget between(String kind, Object id, String host, String client) {
        return new AccessTarget(kind, id, host, Optional.of(client), Optional.empty(), false);
    }

    /** The host's party, for objects that have one: the owner. */
    public String host() {
        return owner;
    }
}
