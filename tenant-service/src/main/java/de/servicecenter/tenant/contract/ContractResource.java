package de.servicecenter.tenant.contract;

import de.servicecenter.commons.http.PublicLinks;
import de.servicecenter.commons.problem.ProblemDetail;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
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
        + "calls for some or all service areas. Two signatures: the host's admins propose, the client's admins accept "
        + "(or reject), then the host activates; either party gives notice. Both read it with every step recorded.")
@SecurityRequirement(name = "bearer")
public class ContractResource {

    private final ContractService contracts;
    private final PublicLinks links;

    ContractResource(ContractService contracts, PublicLinks links) {
        this.contracts = contracts;
        this.links = links;
    }

    @POST
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Propose a contract", description = "The host's admins propose it to the client; it "
            + "delegates nothing until the client's admins accepted it and the host activated it.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ContractRequest.class), examples = {
            @ExampleObject(name = "Bochum serves Castrop-Rauxel", value = ContractExamples.BOCHUM_CASTROP_RAUXEL),
            @ExampleObject(name = "Duisburg takes Bottrop's switchboard", value = ContractExamples.DUISBURG_BOTTROP)}))
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed or missing fields, each named")
    @APIResponse(responseCode = "422", description = "A rule is broken (contract with itself, unknown town, center "
            + "or area, dates, cost model), each field named",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "with itself", value = ContractExamples.SELF_CONTRACT)))
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "body:hostTown")
    public Response propose(@Valid @NotNull ContractRequest request, UriInfo uriInfo) {
        Versioned<ContractResponse> contract = contracts.propose(request);
        return versioned(links.created(uriInfo, contract.body().id().toString()),
                contract);
    }

    @GET
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN, Roles.AGENT})
    @Operation(summary = "List contracts", description = "Contracts where your town is host or client; platform "
            + "admins see all, or one town's. Agents see their own town's (the agent desktop shows the contract a "
            + "call is answered under).")
    @APIResponse(responseCode = "200", description = "The contracts, by start date")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.OWN_OR_NAMED_TENANT, from = "query:town")
    public List<ContractResponse> list(
            @Parameter(description = "Town as host or client (platform admins)", example = "castrop-rauxel")
            @QueryParam("town") String tenant,
            @Parameter(description = "Only contracts with this client", example = "bottrop")
            @QueryParam("clientTown") String clientTown,
            @Parameter(description = "Only contracts in this state", example = "ACTIVE", schema = @Schema(
                    type = SchemaType.STRING, enumeration = {"PROPOSED", "ACCEPTED", "REJECTED", "ACTIVE", "TERMINATED"}))
            @QueryParam("status") String status) {
        return contracts.list(Optional.ofNullable(tenant), Optional.ofNullable(clientTown),
                QueryParameters.optionalEnum(status, "status", ContractStatus.class));
    }

    @GET
    @Path("{contract}")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN, Roles.AGENT})
    @Operation(summary = "Read a contract", description = "Both parties read it (their agents too); anyone else gets "
            + "404.")
    @APIResponse(responseCode = "200", description = "The contract",
            content = @Content(schema = @Schema(implementation = ContractResponse.class),
                    examples = @ExampleObject(name = "Bochum serves Castrop-Rauxel", value = ContractExamples.CONTRACT)))
    @APIResponse(responseCode = "404", description = "No such contract, or not a party to it")
    @Access(value = TenantOperation.READ, on = AccessSubject.PARTY_OF_OBJECT, from = "path:contract")
    public Response get(@PathParam("contract") UUID id) {
        return versioned(Response.ok(), contracts.get(id));
    }

    @PUT
    @Path("{contract}")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Revise a proposal", description = "Only a contract not yet in force changes; send If-Match "
            + "with the ETag you read. New terms are a new proposal: an earlier acceptance or rejection no longer holds.")
    @APIResponse(responseCode = "200", description = "Revised, PROPOSED again",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "403", description = "The client's admins do not change the host's proposal")
    @APIResponse(responseCode = "409", description = "The contract is in force or ended")
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version")
    @APIResponse(responseCode = "422", description = "A rule is broken, each field named")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.HOST_OF_OBJECT, from = "path:contract")
    public Response revise(@PathParam("contract") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ContractRequest request) {
        return versioned(Response.ok(), contracts.revise(id, ifMatch, request));
    }

    @POST
    @Path("{contract}/acceptance")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(summary = "Accept a proposal (the client's signature)", description = "The client town's own admins "
            + "accept exactly the version they read: If-Match with its ETag is required. The host may then activate it; "
            + "any later revision needs a new acceptance.")
    @APIResponse(responseCode = "200", description = "Accepted",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "403", description = "Not the client's admins (the host cannot accept for its client)")
    @APIResponse(responseCode = "404", description = "No such contract, or not a party to it")
    @APIResponse(responseCode = "409", description = "Not a proposal (already accepted, rejected, in force or ended)")
    @APIResponse(responseCode = "412", description = "The proposal changed since you read it")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.CLIENT_OF_OBJECT, from = "path:contract")
    public Response accept(@PathParam("contract") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(Response.ok(), contracts.accept(id, ifMatch));
    }

    @POST
    @Path("{contract}/rejection")
    @RolesAllowed(Roles.CITY_ADMIN)
    @Operation(summary = "Reject a proposal", description = "The client town's own admins decline, with a reason the "
            + "host reads; the host may revise it (a new proposal) or withdraw it.")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "403", description = "Not the client's admins")
    @APIResponse(responseCode = "404", description = "No such contract, or not a party to it")
    @APIResponse(responseCode = "409", description = "Not a proposal")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.CLIENT_OF_OBJECT, from = "path:contract")
    public Response reject(@PathParam("contract") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull RejectionRequest request) {
        return versioned(Response.ok(), contracts.reject(id, ifMatch, request));
    }

    @POST
    @Path("{contract}/activation")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Activate an accepted contract", description = "From its first day the host's agents act for "
            + "the client in the covered areas. Only after the client accepted; refused when another active contract "
            + "covers the same client and area on any common day.")
    @APIResponse(responseCode = "200", description = "Active",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "409", description = "Not accepted by the client, or overlapping another active "
            + "contract (named)",
            content = @Content(mediaType = ProblemDetail.MEDIA_TYPE, schema = @Schema(implementation = ProblemDetail.class),
                    examples = @ExampleObject(name = "overlap", value = ContractExamples.OVERLAP)))
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.HOST_OF_OBJECT, from = "path:contract")
    public Response activate(@PathParam("contract") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return versioned(Response.ok(), contracts.activate(id, ifMatch));
    }

    @POST
    @Path("{contract}/termination")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN})
    @Operation(summary = "Give notice", description = "Either party's admins end an active contract after lastDay; "
            + "the contract stays on record with who gave notice, when and why.")
    @APIResponse(responseCode = "200", description = "Terminated",
            content = @Content(schema = @Schema(implementation = ContractResponse.class)))
    @APIResponse(responseCode = "403", description = "Not an admin of either party")
    @APIResponse(responseCode = "409", description = "The contract is not active")
    @APIResponse(responseCode = "422", description = "lastDay before the start or after the end")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.PARTY_OF_OBJECT, from = "path:contract")
    public Response terminate(@PathParam("contract") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid @NotNull TerminationRequest request) {
        return versioned(Response.ok(), contracts.terminate(id, ifMatch, request));
    }

    @DELETE
    @Path("{contract}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Withdraw a proposal", description = "The host takes back a contract never in force "
            + "(proposed, accepted or rejected); active and terminated contracts stay on record.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "In force or ended")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.HOST_OF_OBJECT, from = "path:contract")
    public Response withdraw(@PathParam("contract") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        contracts.withdraw(id, ifMatch);
        return Response.noContent().build();
    }

    private static Response versioned(Response.ResponseBuilder response, Versioned<ContractResponse> contract) {
        return response.header(HttpHeaders.ETAG, contract.entityTag()).entity(contract.body()).build();
    }
}
