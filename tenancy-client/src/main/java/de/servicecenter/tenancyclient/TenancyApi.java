package de.servicecenter.tenancyclient;

import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.input.TolerantReading;
import de.servicecenter.commons.tenancy.TenancySnapshot;
import de.servicecenter.openinghours.definition.ScheduleCatalog;
import io.quarkus.oidc.client.filter.OidcClientFilter;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** tenant-service's tenancy endpoint, called with this service's own client-credentials token. */
@RegisterRestClient(configKey = "tenant-service")
@OidcClientFilter
@Path("/api/v1/tenancy")
public interface TenancyApi {

    /** What tenant-service writes is read tolerantly: it may add fields before this service is upgraded. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return TolerantReading.of(defaultObjectMapper);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    TenancySnapshot snapshot();

    /** Every schedule and each tenant's state (routing-service compiles and keeps them). */
    @GET
    @Path("schedules")
    @Produces(MediaType.APPLICATION_JSON)
    ScheduleCatalog schedules();
}
