package de.servicecenter.contact.statement;

import de.servicecenter.commons.csv.CsvTable;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/contracts/{contract}/statements/{month}")
@Tag(name = "Statements", description = "What a client town owes its host each month under their contract, per "
        + "service area; for the two parties only")
@SecurityRequirement(name = "bearer")
public class StatementResource {

    private static final String EXAMPLE = """
            {"contract": "7b2e4c1a-0f3d-4e59-8a6b-1c2d3e4f5a6b", "month": "2026-10", "status": "ISSUED",
             "issuedAt": "2026-11-02T08:12:44Z", "issuedBy": "duisburg-admin", "hostTown": "duisburg",
             "clientTown": "bottrop", "serviceCenter": "call-duisburg", "billedFrom": "2026-10-01",
             "billedUntil": "2026-10-31", "billedDays": 31, "daysInMonth": 31,
             "costModel": {"type": "PER_CALL", "pricePerCall": 2.85}, "allocation": "ANSWERED_CONTACTS",
             "lines": [{"town": "bottrop", "serviceArea": "buergerbuero", "contacts": 1630, "answered": 1510,
                        "handledSeconds": 404680, "handledMinutes": 6744.67, "amount": 4303.50},
                       {"town": "bottrop", "serviceArea": "zentrale", "contacts": 2382, "answered": 2192,
                        "handledSeconds": 525262, "handledMinutes": 8754.37, "amount": 6247.20}],
             "total": {"town": "bottrop", "serviceArea": null, "contacts": 4012, "answered": 3702,
                       "handledSeconds": 929942, "handledMinutes": 15499.03, "amount": 10550.70},
             "currency": "EUR"}""";

    private final StatementService statements;

    StatementResource(StatementService statements) {
        this.statements = statements;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @RolesAllowed({Roles.HOST_ADMIN, Roles.CITY_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "A month's statement", description = "As JSON, or as CSV with Accept: text/csv (UTF-8, "
            + "semicolons; decimal=comma for spreadsheets). Provisional while the month runs or until the host issues "
            + "it; an issued statement never changes. Readable by the host's and the client's admins.")
    @APIResponse(responseCode = "200", description = "The statement", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Statement.class),
                    examples = @ExampleObject(name = "Duisburg bills Bottrop for October", value = EXAMPLE)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "CSV", value = "row;contract;month;status;hostTown;clientTown;"
                            + "serviceCenter;town;serviceArea;contacts;answered;handledSeconds;handledMinutes;amountEur\r\n"
                            + "line;7b2e…;2026-10;ISSUED;duisburg;bottrop;call-duisburg;bottrop;buergerbuero;1630;1510;"
                            + "404680;6744.67;4303.50\r\n"))})
    @APIResponse(responseCode = "400", description = "month or decimal is invalid")
    @APIResponse(responseCode = "404", description = "No such contract, or you are not a party to it")
    @APIResponse(responseCode = "422", description = "The contract was not in force that month, or the month is ahead")
    @Access(value = TenantOperation.READ, on = AccessSubject.PARTY_OF_OBJECT, from = "path:contract")
    public Response statement(@PathParam("contract") String contract,
                              @Parameter(description = "Calendar month", example = "2026-10") @PathParam("month") String month,
                              @Parameter(description = "CSV only: point (default) or comma", example = "comma")
                              @QueryParam("decimal") String decimal,
                              @Context HttpHeaders headers) {
        boolean decimalComma = CsvTable.decimalComma(decimal);
        Statement statement = statements.statement(contract, month);
        return respond(statement, decimalComma, headers, Response.Status.OK);
    }

    @POST
    @Path("issue")
    @Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "Issue a month's statement", description = "The host's admins, once the month is over. "
            + "Freezes the statement: it reads the same forever, and contacts of that month under this contract are "
            + "refused from then on. Issuing again answers the statement issued first.")
    @APIResponse(responseCode = "201", description = "Issued now",
            content = @Content(schema = @Schema(implementation = Statement.class)))
    @APIResponse(responseCode = "200", description = "Issued before; unchanged",
            content = @Content(schema = @Schema(implementation = Statement.class)))
    @APIResponse(responseCode = "404", description = "No such contract, or you are not its host")
    @APIResponse(responseCode = "422", description = "The month is not over, or the contract was not in force then")
    @Access(value = TenantOperation.WRITE, on = AccessSubject.HOST_OF_OBJECT, from = "path:contract")
    public Response issue(@PathParam("contract") String contract,
                          @Parameter(description = "Calendar month", example = "2026-10") @PathParam("month") String month,
                          @Context HttpHeaders headers) {
        StatementRepository.Issued issued = statements.issue(contract, month);
        return respond(issued.statement(), false, headers,
                issued.created() ? Response.Status.CREATED : Response.Status.OK);
    }

    private static Response respond(Statement statement, boolean decimalComma, HttpHeaders headers,
                                    Response.Status status) {
        if (!CsvTable.requested(headers)) {
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(statement).build();
        }
        return StatementCsv.of(statement, decimalComma)
                .response(status, "statement-" + statement.clientTown() + "-" + statement.month() + ".csv").build();
    }
}
