package de.servicecenter.knowledge.synonym;

import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/synonyms/{host}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Synonyms", description = "The words citizens use for the words authorities write, per host network")
@SecurityRequirement(name = "bearer")
public class SynonymResource {

    private final SynonymService synonyms;

    SynonymResource(SynonymService synonyms) {
        this.synonyms = synonyms;
    }

    @GET
    @RolesAllowed({Roles.HOST_ADMIN, Roles.AGENT, Roles.PLATFORM_ADMIN})
    @Operation(summary = "A host network's synonyms", description = "The rules its searches expand queries with, "
            + "for the host's own and its clients' articles.")
    @APIResponse(responseCode = "200", description = "The rules")
    @APIResponse(responseCode = "404", description = "None set, or not your network")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "path:host")
    public SynonymsResponse get(@Parameter(example = "bochum") @PathParam("host") String host) {
        return synonyms.get(host);
    }

    @PUT
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Replace a host network's synonyms", description = "Searches use them once the index has "
            + "been rebuilt in the background (about a minute for 50,000 articles); until then the old ones.")
    @APIResponse(responseCode = "200", description = "Stored; the rebuild has started")
    @APIResponse(responseCode = "422", description = "A rule is malformed (named by its index)")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "path:host")
    public SynonymsResponse replace(@Parameter(example = "bochum") @PathParam("host") String host,
                                    @Valid @NotNull SynonymsRequest request) {
        return synonyms.replace(host, request);
    }
}
