package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.http.PublicLinks;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.commons.validation.QueryParameters;
import de.servicecenter.routing.decision.WeekSimulation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/towns/{town}/rule-set")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule sets", description = "A town's numbers, phone menus and ordered routing rules: drafted, checked, "
        + "published, rolled back — by the host serving the town under contract; read by the town")
@SecurityRequirement(name = "bearer")
public class RuleSetResource {

    private final RuleSetService ruleSets;
    private final PublicLinks links;

    RuleSetResource(RuleSetService ruleSets, PublicLinks links) {
        this.ruleSets = ruleSets;
        this.links = links;
    }

    @GET
    @Path("versions")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Every version of the town's rule set", description = "Newest first: the draft, the published "
            + "one, the superseded ones, with who wrote and who published them when.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", description = "No such town, or not yours to read")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "path:town")
    public List<RuleSetVersion> versions(@PathParam("town") String town) {
        return ruleSets.versions(town);
    }

    @GET
    @Path("versions/{version}")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "One version", description = "A draft or a published or retired version, with the rules "
            + "it holds.")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such version, or not yours to read")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "path:town")
    public RuleSetVersion version(@PathParam("town") String town, @PathParam("version") int version) {
        return ruleSets.version(town, version);
    }

    @PUT
    @Path("draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Write the draft", description = "Replaces the town's draft, or starts one. A draft decides "
            + "nothing until it is published. The town's own admins write all of it; a host's admins, under a contract "
            + "in force, only the rules about the areas it covers (numbers and menus too when it covers the whole "
            + "switchboard) — the town's other rules must stay as they are.")
    @APIResponse(responseCode = "200", description = "The draft (Content-Location: the draft's address, to publish it)",
            content = @Content(schema = @Schema(implementation = RuleSetVersion.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each named")
    @APIResponse(responseCode = "404", description = "No such town, or not yours to change")
    @APIResponse(responseCode = "422", description = "A host changed rules outside its contract's areas, each named")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.NAMED_TENANT, from = "path:town", area = "rules")
    public Response saveDraft(@PathParam("town") String town, @Valid @NotNull RuleSetDefinition definition,
                              @Context UriInfo uriInfo) {
        return Response.ok(ruleSets.saveDraft(town, definition))
                .header(HttpHeaders.CONTENT_LOCATION, links.self(uriInfo)).build();
    }

    @POST
    @Path("draft/publish")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Publish the draft", description = "Checked first; every problem is listed (unreachable rules, "
            + "unknown targets, missing default, routing without a contract, times no rule covers). Calls are decided "
            + "by it at once.")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "404", description = "No draft, or not yours")
    @APIResponse(responseCode = "422", description = "Problems, each named by its path in the rule set")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.NAMED_TENANT, from = "path:town", area = "rules")
    public RuleSetVersion publishDraft(@PathParam("town") String town) {
        return ruleSets.publish(town, Optional.empty());
    }

    @POST
    @Path("versions/{version}/publish")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Roll back: publish an earlier version again", description = "As a new version copying it, "
            + "checked like a draft (contracts may have changed since).")
    @APIResponse(responseCode = "200", description = "Published")
    @APIResponse(responseCode = "404", description = "No such version, or not yours")
    @APIResponse(responseCode = "422", description = "Problems, each named")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.NAMED_TENANT, from = "path:town", area = "rules")
    public RuleSetVersion republish(@PathParam("town") String town, @PathParam("version") int version) {
        return ruleSets.publish(town, Optional.of(version));
    }

    @GET
    @Path("simulation")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "What a version would decide over days", description = "For one number and key (none: no "
            + "key pressed), the decisions minute by minute folded into intervals — the draft's by default, else the "
            + "published one's.")
    @APIResponse(responseCode = "200", description = "The intervals")
    @APIResponse(responseCode = "400", description = "A parameter is invalid, named")
    @APIResponse(responseCode = "404", description = "No rule set, or not yours to read")
    @APIResponse(responseCode = "422", description = "The number is not an entry point of the rule set")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "path:town")
    public List<WeekSimulation.Interval> simulate(@PathParam("town") String town,
                                                  @Parameter(required = true, example = "+4923051060") @QueryParam("number") String number,
                                                  @Parameter(example = "1") @QueryParam("option") String option,
                                                  @Parameter(description = "First day; today when omitted", example = "2026-11-23")
                                                  @QueryParam("from") String from,
                                                  @Parameter(description = "Days, 1 to 14; 7 when omitted", example = "7")
                                                  @QueryParam("days") String days,
                                                  @Parameter(description = "A version; the draft when omitted")
                                                  @QueryParam("version") String version) {
        return ruleSets.simulate(town, QueryParameters.optionalInt(version, "version", 1, Integer.MAX_VALUE),
                QueryParameters.required(number, "number"),
                option, QueryParameters.optionalDate(from, "from"),
                QueryParameters.optionalInt(days, "days", 1, 14).orElse(7));
    }
}
