package de.servicecenter.tenant.registry;

/** A tenant together with the version that becomes its ETag. */
record VersionedTenant(TenantResponse tenant, long version) {

    static VersionedTenant of(Tenant tenant) {
        return new VersionedTenant(TenantResponse.of(tenant), tenant.version());
    }
}
