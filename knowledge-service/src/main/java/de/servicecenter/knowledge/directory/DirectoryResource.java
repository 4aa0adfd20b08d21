package de.servicecenter.knowledge.directory;

import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.Versioned;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import de.servicecenter.commons.validation.QueryParameters;
import de.servicecenter.knowledge.directory.Directory.Concern;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
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

@Path("/api/v1/towns/{town}/directory")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Directory", description = "A town's organisation units, contact points and responsibilities (after "
        + "XZuFi): whom in the town hall an agent puts a caller through to")
@SecurityRequirement(name = "bearer")
public class DirectoryResource {

    private static final int MAX_TEXT = 100;

    private final DirectoryService directories;
    private final Clock clock;

    DirectoryResource(DirectoryService directories, Clock clock) {
        this.directories = directories;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Export a town's directory", description = "The document as imported, to edit and import "
            + "again; the ETag is its version.")
    @APIResponse(responseCode = "200", description = "The directory",
            content = @Content(schema = @Schema(implementation = DirectoryDocument.class),
                    examples = @ExampleObject(name = "Castrop-Rauxel", value = DirectoryExamples.DIRECTORY)))
    @APIResponse(responseCode = "404", description = "No directory imported, or not your town")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "path:town")
    public Response export(@Parameter(example = "castrop-rauxel") @PathParam("town") String town) {
        Versioned<DirectoryDocument> directory = directories.export(town);
        return Response.ok(directory.body()).header(HttpHeaders.ETAG, directory.entityTag()).build();
    }

    @PUT
    @RolesAllowed({Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Import a town's directory", description = "Replaces the whole directory: checked as a "
            + "whole, stored only without a mistake (else every mistake is named by its field). With If-Match, only "
            + "over the version read.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DirectoryDocument.class),
            examples = @ExampleObject(name = "Castrop-Rauxel", value = DirectoryExamples.DIRECTORY)))
    @APIResponse(responseCode = "200", description = "Stored",
            content = @Content(schema = @Schema(implementation = DirectorySummary.class)))
    @APIResponse(responseCode = "404", description = "Not your town")
    @APIResponse(responseCode = "412", description = "If-Match names an outdated version")
    @APIResponse(responseCode = "422", description = "Mistakes in the directory, each named by its field; nothing stored")
    @Access(value = TenantOperation.MANAGE, on = AccessSubject.NAMED_TENANT, from = "path:town")
    public Response replace(@Parameter(example = "castrop-rauxel") @PathParam("town") String town,
                            @Parameter(description = "The ETag of the version read", example = "\"3\"")
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull DirectoryDocument document) {
        Versioned<DirectorySummary> stored = directories.replace(town, ifMatch, document);
        return Response.ok(stored.body()).header(HttpHeaders.ETAG, stored.entityTag()).build();
    }

    @GET
    @Path("transfer")
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN, Roles.PHONE_SYSTEM})
    @Operation(summary = "Put through to whom?", description = "For a caller's concern (a service area, optionally "
            + "its LeiKa service and what the caller said: surname, postal code, street), whom in the town hall to "
            + "put them through to now: the one responsible by the town's rules, its substitute when absent, else the "
            + "town's central number — with the reasons, what else to ask the caller, and when the one responsible "
            + "answers again. For agents of the hosts under contract (for the contract's areas), the town's people, "
            + "and phone systems transferring the call themselves.")
    @APIResponse(responseCode = "200", description = "Whom to put the caller through to",
            content = @Content(schema = @Schema(implementation = TransferResponse.class),
                    examples = @ExampleObject(name = "a substitute stands in", value = DirectoryExamples.TRANSFER)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed (named)")
    @APIResponse(responseCode = "404", description = "No directory, or the town or area is not yours to ask for")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "path:town", area = "query:serviceArea")
    public TransferResponse transfer(
            @Parameter(example = "castrop-rauxel") @PathParam("town") String town,
            @Parameter(required = true, description = "The service area of the concern", example = "standesamt")
            @QueryParam("serviceArea") String serviceArea,
            @Parameter(description = "LeiKa key of the service asked about", example = "99120008001000")
            @QueryParam("leikaKey") String leikaKey,
            @Parameter(description = "The caller's surname, for responsibilities by initial (A–K …)", example = "Müller")
            @QueryParam("surname") String surname,
            @Parameter(description = "The caller's postal code", example = "44575") @QueryParam("postalCode") String postalCode,
            @Parameter(description = "The caller's street", example = "Widumer Straße") @QueryParam("street") String street,
            @Parameter(description = "Instant to answer for; now when omitted. With offset, or Berlin time without",
                    example = "2026-11-23T10:00") @QueryParam("at") String at) {
        String area = QueryParameters.required(serviceArea, "serviceArea");
        pattern(leikaKey, DirectoryCompiler.LEIKA, "leikaKey", "must be a LeiKa key of 14 digits");
        pattern(postalCode, DirectoryCompiler.POSTAL_CODE, "postalCode", "must be a postal code of 5 digits");
        length(surname, "surname");
        length(street, "street");
        Instant instant = QueryParameters.optionalTime(at, "at", BerlinTime::parse, BerlinTime.PARSE_FORMAT)
                .orElseGet(clock::instant);
        return directories.transfer(town, new Concern(area, blankToNull(leikaKey), blankToNull(surname),
                blankToNull(postalCode), blankToNull(street)), instant);
    }

    @GET
    @Path("entries")
    @RolesAllowed({Roles.AGENT, Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Find units and contact points", description = "Entries of the town's directory whose name, "
            + "function or room hold every word of q (as a word's start: 'stand' finds Standesamt), among the areas "
            + "of your contract with the town — the desk shows them beside the knowledge articles — each with whether "
            + "it answers the phone now.")
    @APIResponse(responseCode = "200", description = "The entries found, at most limit",
            content = @Content(schema = @Schema(implementation = DirectoryEntry.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed (named)")
    @APIResponse(responseCode = "404", description = "No directory, or not a town you may ask for")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "path:town")
    public List<DirectoryEntry> entries(
            @Parameter(example = "castrop-rauxel") @PathParam("town") String town,
            @Parameter(required = true, description = "Words to find", example = "standesamt geburten")
            @QueryParam("q") String q,
            @Parameter(description = "At most this many entries (1–50, default 10)", example = "10")
            @QueryParam("limit") String limit,
            @Parameter(description = "Instant to answer for; now when omitted. With offset, or Berlin time without",
                    example = "2026-11-23T10:00") @QueryParam("at") String at) {
        String query = QueryParameters.required(q, "q");
        length(query, "q");
        int most = QueryParameters.optionalInt(limit, "limit", 1, 50).orElse(10);
        Instant instant = QueryParameters.optionalTime(at, "at", BerlinTime::parse, BerlinTime.PARSE_FORMAT)
                .orElseGet(clock::instant);
        return directories.find(town, query, most, instant);
    }

    private static void pattern(String value, Pattern pattern, String parameter, String message) {
        if (value != null && !value.isBlank() && !pattern.matcher(value.strip()).matches()) {
            throw InvalidInputProblem.of(parameter, message);
        }
    }

    private static void length(String value, String parameter) {
        if (value != null && value.length() > MAX_TEXT) {
            throw InvalidInputProblem.of(parameter, "at most " + MAX_TEXT + " characters");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
