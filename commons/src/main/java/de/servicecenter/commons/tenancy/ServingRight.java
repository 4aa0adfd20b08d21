package de.servicecenter.commons.tenancy;

import java.util.Optional;

/**
 * Why a service center may answer a town's contact: the town is the center's own, or a contract in force
 * delegates the contact's service area to it.
 *
 * @param contract empty for the center's own town
 */
public record ServingRight(String serviceCenter, String hostTenant, Optional<DelegationGrant> contract) {

    public boolean ownTown() {
        return contract.isEmpty();
    }
}
