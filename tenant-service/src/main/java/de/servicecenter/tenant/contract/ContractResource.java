package de.servicecenter.tenant.contract;

import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.validation.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Öffentlich-rechtliche Vereinbarungen: a host's center answers a client's "
        + "calls for some or all service areas. Drafted, activated and terminated by the host's admins; read by both.")
@SecurityRequirement(name = "bearer")
public class ContractResource {

    private final ContractService contracts;

    ContractResource(ContractService contracts) {
        this.contracts = contracts;
    }

    @POST
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Draft a contract", description = "The host's admins draft; a draft delegates nothing until "
            + "it is activated.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContractRequest.class), examples = {
            @ExampleObject(name = "Bochum serves Castrop-Rauxel", value = ContractExamples.BOCHUM_CASTROP_RAUXEL),
            @ExampleObject(name = "Duisburg takes Bottrop's switchboard", value = ContractExamples.DUISBURG_BOTTROP)}))
    @APIResponse(responseCode = "201", description = "Drafted",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed or missing fields, each named")
    @APIResponse(responseCode = "422", description = "A rule is broken (contract with itself, unknown tenant, center "
            + "or area, dates, cost model), each field named",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "with itself", value = ContractExamples.SELF_CONTRACT)))
    public Response draft(@Valid @NotNull ContractRequest request, UriInfo uriInfo) {
        Versioned<ContractResponse> contract = contracts.draft(request);
        return versioned(Response.created(uriInfo.getAbsolutePathBuilder().path(contract.body().id().toString()).build()),
                contract);
    }

    @GET
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "List contracts", description = "Contracts where your tenant is host or client; platform "
            + "admins see all, or one tenant's.")
    @APIResponse(responseCode = "200", description = "The contracts, by start date")
    public List<ContractResponse> list(
            @Parameter(description = "Tenant as host or client (platform admins)", example = "castrop-rauxel")
            @QueryParam("tenant") String tenant,
            @Parameter(description = "Only contracts with this client", example = "bottrop")
            @QueryParam("clientTenant") String clientTenant,
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"DRAFT", "ACTIVE", "TERMINATED"}))
            @QueryParam("status") String status) {
        return contracts.list(Optional.ofNullable(tenant), Optional.ofNullable(clientTenant),
                QueryParameters.optionalEnum(status, "status", ContractStatus.class));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Read a contract", description = "Both parties read it; anyone else gets 404.")
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(schema = @Schema(implementation = ContractResponse.class),
                    examples = @ExampleObject(name = "Bochum serves Castrop-Rauxel", value = ContractExamples.CONTRACT)))
    @APIResponse(responseCode = "404", description = "No such contract, or not a party to it")
    public Response get(@PathParam("id") UUID id) {
        return versioned(Response.ok(), contracts.get(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Revise a draft", description = "Only drafts change; send If-Match with the ETag you read.")
    @APIResponse(responseCode = "200", description = "Revised",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "409", description = "The contract is no longer a draft")
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version")
    @APIResponse(responseCode = "422", description = "A rule is broken, each field named")
    public Response revise(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ContractRequest request) {
        return versioned(Response.ok(), contracts.revise(id, ifMatch, request));
    }

    @POST
    @Path("{id}/activation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Activate a draft", description = "From its first day the host's agents act for the client "
            + "in the covered areas. Refused when another active contract covers the same client and area on any "
            + "common day.")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "409", description = "Not a draft, or overlapping another active contract (named)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "overlap", value = ContractExamples.OVERLAP)))
    public Response activate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(Response.ok(), contracts.activate(id, ifMatch));
    }

    @POST
    @Path("{id}/termination")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Terminate an active contract", description = "Ends it after lastDay; the contract stays on "
            + "record with its history.")
    @APIResponse(responseCode = "200", description = "Terminated",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "409", description = "The contract is not active")
    @APIResponse(responseCode = "422", description = "lastDay before the start or after the end")
    public Response terminate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid @NotNull TerminationRequest request) {
        return versioned(Response.ok(), contracts.terminate(id, ifMatch, request));
    }

    @DELETE
    @Path("{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Delete a draft", description = "Active and terminated contracts stay on record.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Not a draft")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        contracts.deleteDraft(id, ifMatch);
        return Response.noContent().build();
    }

    private static Response versioned(Response.ResponseBuilder response, Versioned<ContractResponse> contract) {
        return response.header(HttpHeaders.ETAG, contract.entityTag()).entity(contract.body()).build();
    }
}
