package de.servicecenter.contact.handoff;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.rest.client.reactive.jackson.ClientObjectMapper;
import de.servicecenter.commons.input.TolerantReading;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;


/**
 * knowledge-service's "put through to whom?" for a town, asked with the agent's own token: the town's directory
 * decides who is responsible, and knowledge-service decides whether this agent may know it.
 */
@RegisterRestClient(configKey = "knowledge-service")
@Path("/api/v1/towns/{town}/directory/transfer")
public interface DirectoryApi {

    /** knowledge-service may add fields before this service is upgraded. */
    @ClientObjectMapper
    static ObjectMapper objectMapper(ObjectMapper defaultObjectMapper) {
        return TolerantReading.of(defaultObjectMapper);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    Transfer transfer(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("town") String town,
                      @QueryParam("serviceArea") String serviceArea, @QueryParam("leikaKey") String leikaKey,
                      @QueryParam("surname") String surname, @QueryParam("postalCode") String postalCode,
                      @QueryParam("street") String street);

    /** The part of knowledge-service's answer a handoff needs. */
    record Transfer(Target responsible, List<String> askFor) {
    }

    /** The responsible unit, or a contact point within it, with the mailbox a handoff goes to. */
    record Target(String unit, String unitName, String contactPoint, String function, String mail) {
    }
}
