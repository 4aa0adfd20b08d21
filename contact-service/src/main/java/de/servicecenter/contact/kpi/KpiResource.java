package de.servicecenter.contact.kpi;

import de.servicecenter.commons.csv.CsvTable;
import de.servicecenter.commons.tenancy.Access;
import de.servicecenter.commons.tenancy.AccessSubject;
import de.servicecenter.commons.tenancy.Roles;
import de.servicecenter.commons.tenancy.TenantOperation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces({MediaType.APPLICATION_JSON, CsvTable.MEDIA_TYPE})
@Tag(name = "KPIs", description = "Service level, abandonment, average speed of answer, handling time and first-contact "
        + "resolution, counted in the database exactly to the contact, for Berlin days")
@SecurityRequirement(name = "bearer")
public class KpiResource {

    private final KpiService kpis;

    KpiResource(KpiService kpis) {
        this.kpis = kpis;
    }

    /** The query parameters both reports share. */
    public static class Filters {
        @QueryParam("from")
        @Parameter(description = "First day (Europe/Berlin); the first of to's month when omitted", example = "2026-10-01")
        String from;
        @QueryParam("to")
        @Parameter(description = "Last day, inclusive; today when omitted. At most 366 days, 31 when grouped by hour",
                example = "2026-10-31")
        String to;
        @QueryParam("groupBy")
        @Parameter(description = "DAY, HOUR, SERVICE_AREA, TOWN or CHANNEL; the total only when omitted", example = "DAY")
        String groupBy;
        @QueryParam("serviceArea")
        @Parameter(description = "Only this service area", example = "buergerbuero")
        String serviceArea;
        @QueryParam("channel")
        @Parameter(description = "Only this channel: PHONE, EMAIL, COUNTER or CHAT", example = "PHONE")
        String channel;
        @QueryParam("serviceLevelSeconds")
        @Parameter(description = "Service-level thresholds, repeatable, up to 5; 20 and 30 when omitted (the 115 "
                + "promise: 75 % within 30 s)", example = "30")
        List<String> serviceLevelSeconds;
        @QueryParam("shortAbandonSeconds")
        @Parameter(description = "Abandoned calls that waited less are left out of every KPI; 5 when omitted",
                example = "5")
        String shortAbandonSeconds;
        @QueryParam("decimal")
        @Parameter(description = "CSV only: point (default) or comma (for German spreadsheets)", example = "comma")
        String decimal;
    }

    private static final String CSV_DESCRIPTION = " As JSON, or as CSV with Accept: text/csv (UTF-8, semicolons; "
            + "decimal=comma for German spreadsheets).";

    @GET
    @Path("towns/{town}/kpis")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "KPIs of a town", description = "Every contact of the town's citizens, whichever center "
            + "answered, for the town's admins. A host's admins reading a client town under a contract see the "
            + "contacts their own centers handled." + CSV_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiReport.class),
                    examples = @ExampleObject(name = "Bottrop, October, by area", value = KpiExamples.BOTTROP_OCTOBER)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "CSV", value = KpiExamples.CSV))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid, named")
    @APIResponse(responseCode = "404", description = "No such town, or not yours to read")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "path:town", area = "query:serviceArea")
    public Response forTown(@PathParam("town") String town,
                            @Parameter(description = "Only contacts this center handled", example = "call-duisburg")
                            @QueryParam("serviceCenter") String serviceCenter,
                            @BeanParam Filters filters, @Context HttpHeaders headers) {
        boolean decimalComma = CsvTable.decimalComma(filters.decimal);
        return respond(kpis.forTown(town, parameters(filters, null, serviceCenter)), decimalComma, headers);
    }

    @GET
    @Path("towns/{town}/repeat-callers")
    @RolesAllowed({Roles.CITY_ADMIN, Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "How many citizens had to call again", description = "Phone calls of the town whose caller "
            + "had called the town within the previous days — the outside check on first-contact resolution. Counted "
            + "from the callers' keyed hashes, which are kept 90 days: older periods have no known callers."
            + CSV_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The figures", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RepeatCallers.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "CSV", value = "town;from;to;withinDays;callsWithKnownCaller;"
                            + "repeatCalls;repeatRate\r\nbottrop;2026-11-01;2026-11-20;7;2114;203;0,0960\r\n"))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid, named")
    @APIResponse(responseCode = "404", description = "No such town, or not yours to read")
    @Access(value = TenantOperation.READ, on = AccessSubject.NAMED_TENANT, from = "path:town")
    public Response repeatCallers(@PathParam("town") String town,
                                       @Parameter(description = "First day (Europe/Berlin); the first of to's month "
                                               + "when omitted", example = "2026-11-01") @QueryParam("from") String from,
                                       @Parameter(description = "Last day, inclusive; today when omitted",
                                               example = "2026-11-20") @QueryParam("to") String to,
                                       @Parameter(description = "A call counts as repeat when the caller called within "
                                               + "this many days before; 7 when omitted", example = "7")
                                       @QueryParam("withinDays") String withinDays,
                                       @Parameter(description = "CSV only: point (default) or comma",
                                               example = "comma") @QueryParam("decimal") String decimal,
                                       @Context HttpHeaders headers) {
        boolean decimalComma = CsvTable.decimalComma(decimal);
        RepeatCallers figures = kpis.repeatCallers(town, from, to, withinDays);
        if (!CsvTable.requested(headers)) {
            return Response.ok(figures, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return KpiCsv.of(figures, decimalComma).response(Response.Status.OK,
                "repeat-callers-" + figures.town() + "-" + figures.from() + "-" + figures.to() + ".csv").build();
    }

    @GET
    @Path("service-centers/{serviceCenter}/kpis")
    @RolesAllowed({Roles.HOST_ADMIN, Roles.PLATFORM_ADMIN})
    @Operation(summary = "KPIs of a service center", description = "Every contact the center handled, across the "
            + "towns it serves (group by TOWN to compare them), for the center's host." + CSV_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = KpiReport.class)),
            @Content(mediaType = CsvTable.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "CSV", value = KpiExamples.CSV))})
    @APIResponse(responseCode = "400", description = "A parameter is invalid, named")
    @APIResponse(responseCode = "404", description = "No such center, or not yours to read")
    @Access(value = TenantOperation.READ, on = AccessSubject.HOST_OF_OBJECT, from = "path:serviceCenter")
    public Response forCenter(@PathParam("serviceCenter") String serviceCenter,
                              @Parameter(description = "Only contacts of this town", example = "bottrop")
                              @QueryParam("town") String town,
                              @BeanParam Filters filters, @Context HttpHeaders headers) {
        boolean decimalComma = CsvTable.decimalComma(filters.decimal);
        return respond(kpis.forCenter(serviceCenter, parameters(filters, town, null)), decimalComma, headers);
    }

    /** JSON, or CSV when asked for by name. */
    private static Response respond(KpiReport report, boolean decimalComma, HttpHeaders headers) {
        if (!CsvTable.requested(headers)) {
            return Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
        }
        String subject = report.town() != null ? report.town() : report.serviceCenter();
        return KpiCsv.of(report, decimalComma)
                .response(Response.Status.OK, "kpis-" + subject + "-" + report.from() + "-" + report.to() + ".csv")
                .build();
    }

    private static KpiParameters parameters(Filters filters, String town, String serviceCenter) {
        return new KpiParameters(filters.from, filters.to, filters.groupBy, filters.serviceArea, filters.channel,
                filters.serviceLevelSeconds, filters.shortAbandonSeconds, town, serviceCenter);
    }
}
