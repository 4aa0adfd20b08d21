package de.servicecenter.contact.reachability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.caching.CacheableResponses;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/public/v1/towns/{town}/reachability")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Public reachability", description = "For city portals, without login: how well the town answers the "
        + "phone right now. Aggregates only, cacheable.")
@Access(value = TenantOperation.READ, on = AccessSubject.PUBLIC)
public class PublicReachabilityResource {

    private static final String EXAMPLE = """
            {"town": "bottrop", "at": "2026-11-23T10:15:00+01:00", "serviceLevelSeconds": 30,
             "today": {"from": "2026-11-23T00:00:00+01:00", "calls": 412, "answeredShare": 0.9320,
                       "serviceLevel": 0.7810, "averageWaitSeconds": 19.4},
             "lastHour": {"from": "2026-11-23T09:15:00+01:00", "calls": 96, "answeredShare": 0.9479,
                          "serviceLevel": 0.8021, "averageWaitSeconds": 16.2}}""";

    private final ReachabilityService reachability;
    private final ReachabilityAnswers answers;
    private final ObjectMapper json;

    PublicReachabilityResource(ReachabilityService reachability, ReachabilityAnswers answers, ObjectMapper json) {
        this.reachability = reachability;
        this.answers = answers;
        this.json = json;
    }

    @GET
    @Operation(summary = "A town's telephone reachability now", description = "Calls of the town's citizens today "
            + "(Europe/Berlin) and in the last 60 minutes: how many, the share answered, the service level, the "
            + "average wait. Refreshed every few seconds; ETag and Cache-Control let portals and proxies cache it.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = Reachability.class),
                    examples = @ExampleObject(name = "Bottrop on a Monday morning", value = EXAMPLE)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "at is no date-time, or lies in the future")
    @APIResponse(responseCode = "404", description = "No such town")
    public Response reachability(@PathParam("town") String town,
                                 @Parameter(description = "A past moment to see the figures as they were then "
                                         + "(with offset, or Berlin wall-clock time); now when omitted",
                                         example = "2026-11-20T10:30")
                                 @QueryParam("at") String at,
                                 @Context Request request) throws JsonProcessingException {
        CacheableResponses.Tagged answer = at == null ? answers.now(town)
                : CacheableResponses.Tagged.of(json.writeValueAsBytes(reachability.of(town, at)));
        return CacheableResponses.of(request, answer, MediaType.APPLICATION_JSON_TYPE, reachability.freshFor());
    }
}
