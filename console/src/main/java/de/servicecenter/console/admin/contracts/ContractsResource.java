package de.servicecenter.console.admin.contracts;

import static de.servicecenter.console.platform.GermanFormats.number;

import de.servicecenter.console.admin.AdminResource;
import de.servicecenter.console.admin.planning.YearlyCosts;
import de.servicecenter.console.home.SignedInUser;
import de.servicecenter.console.platform.Answers;
import de.servicecenter.console.platform.ContactApi;
import de.servicecenter.console.platform.GermanFormats;
import de.servicecenter.console.platform.Problem;
import de.servicecenter.console.platform.TenantApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Contracts between a host and its client towns: the list, one contract with its history, its next step. */
@Path("/admin/contracts")
@RolesAllowed({SignedInUser.HOST_ADMIN, SignedInUser.CITY_ADMIN, SignedInUser.PLATFORM_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ContractsResource {

    /** German names of a contract's states and steps, for the screen (never colour alone: the word is shown). */
    static final Map<String, String> STATUS = Map.of("PROPOSED", "Vorgeschlagen", "ACCEPTED", "Angenommen",
            "REJECTED", "Abgelehnt", "ACTIVE", "In Kraft", "TERMINATED", "Gekündigt");
    static final Map<String, String> STEP = Map.of("PROPOSED", "vorgeschlagen", "REVISED", "überarbeitet",
            "ACCEPTED", "angenommen", "REJECTED", "abgelehnt", "ACTIVATED", "in Kraft gesetzt", "TERMINATED",
            "gekündigt");

    public record Row(String id, String host, String client, String areas, String validity, String status,
                      boolean awaitsMe) {
    }

    public record Step(String what, String party, String at, String note) {
    }

    /** One contract and what the signed-in user can do with it next. */
    public record Detail(TenantApi.Contract contract, String areas, String validity, String status, List<Step> history,
                         String version, boolean mayAccept, boolean mayActivate, List<String> statementMonths,
                         Planning planning, String notice, String problem, Map<String, String> errors) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** What the contract takes at the host, for both parties; absent while contact-service cannot say. */
    public record Planning(String posts, List<String> costs, String basis) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(SignedInUser user, String section, List<Row> rows);

        static native TemplateInstance detail(SignedInUser user, String section, Detail view);
    }

    @Inject
    SignedInUser user;

    @Inject
    Clock clock;

    @RestClient
    TenantApi tenants;

    @RestClient
    ContactApi contacts;

    @GET
    public TemplateInstance list() {
        List<TenantApi.Contract> contracts = Answers.required("tenant-service", () -> tenants.contracts());
        List<Row> rows = contracts.stream()
                .sorted(Comparator.comparing((TenantApi.Contract c) -> !awaitsMe(c)).thenComparing(c -> c.validFrom()))
                .map(c -> new Row(c.id(), c.hostTown(), c.clientTown(), areas(c), validity(c),
                        STATUS.getOrDefault(c.status(), c.status()), awaitsMe(c)))
                .toList();
        return Templates.list(user, AdminResource.SECTION, rows);
    }

    @GET
    @Path("{contract}")
    public TemplateInstance detail(@PathParam("contract") UUID id, @QueryParam("done") String done) {
        return Templates.detail(user, AdminResource.SECTION, detail(id, notice(done), null, Map.of()));
    }

    /** The client's signature: its city admin accepts the proposal (the version read guards against a revision). */
    @POST
    @Path("{contract}/acceptance")
    public Response accept(@PathParam("contract") UUID id, @FormParam("version") String version) {
        return step(id, "accepted", Answers.of("tenant-service", () -> tenants.accept(id, version)));
    }

    @POST
    @Path("{contract}/rejection")
    public Response reject(@PathParam("contract") UUID id, @FormParam("version") String version,
                           @FormParam("reason") String reason) {
        if (reason == null || reason.isBlank()) {
            return Response.status(422).entity(Templates.detail(user, AdminResource.SECTION, detail(id, null, null,
                    Map.of("reason", "Bitte nennen Sie dem Gastgeber einen Grund.")))).build();
        }
        return step(id, "rejected", Answers.of("tenant-service",
                () -> tenants.reject(id, version, new TenantApi.Rejection(reason.strip()))));
    }

    @POST
    @Path("{contract}/activation")
    public Response activate(@PathParam("contract") UUID id, @FormParam("version") String version) {
        return step(id, "activated", Answers.of("tenant-service", () -> tenants.activate(id, version)));
    }

    private Response step(UUID id, String done, Response answer) {
        if (Answers.done(answer)) {
            return Response.seeOther(URI.create("/admin/contracts/" + id + "?done=" + done)).build();
        }
        Problem problem = Problem.of(answer);
        String text = switch (problem.status()) {
            case 412 -> "Der Vertrag wurde inzwischen geändert. Bitte prüfen Sie die neue Fassung.";
            case 403 -> "Diesen Schritt darf nur die andere Vertragspartei gehen.";
            default -> problem.detailText().orElse("Der Schritt ist nicht möglich.");
        };
        return Response.status(problem.status() == 404 ? 404 : 422).entity(Templates.detail(user,
                AdminResource.SECTION, detail(id, null, text, problem.byField()))).build();
    }

    private Detail detail(UUID id, String notice, String problem, Map<String, String> errors) {
        Response answer = Answers.of("tenant-service", () -> tenants.contract(id));
        if (answer.getStatus() == 404) {
            throw new WebApplicationException(404);
        }
        TenantApi.Contract contract = answer.readEntity(TenantApi.Contract.class);
        List<Step> history = contract.history() == null ? List.of() : contract.history().stream()
                .map(step -> new Step(STEP.getOrDefault(step.step(), step.step()), step.party(),
                        GermanFormats.dateTime(step.at()), step.note()))
                .toList();
        boolean client = user.tenant().filter(contract.clientTown()::equals).isPresent();
        boolean host = user.tenant().filter(contract.hostTown()::equals).isPresent();
        return new Detail(contract, areas(contract), validity(contract),
                STATUS.getOrDefault(contract.status(), contract.status()), history, answer.getHeaderString("ETag"),
                client && user.isCityAdmin() && "PROPOSED".equals(contract.status()),
                (host && user.isHostAdmin() || user.isPlatformAdmin()) && "ACCEPTED".equals(contract.status()),
                statementMonths(contract), planning(contract), notice, problem, errors);
    }

    /**
     * For a contract in force: the client's calls forecast from its own history, the posts they take at the host
     * beyond its other calls, and the year's cost at the contract's prices. The page does without it (a contract
     * whose town has no calls yet, contact-service down).
     */
    private Planning planning(TenantApi.Contract contract) {
        if (!"ACTIVE".equals(contract.status())) {
            return null;
        }
        return Answers.optional(() -> contacts.contractPlanning(contract.id())).map(planning -> new Planning(
                "Rund " + number(planning.callsPerMonth(), 0) + " Anrufe im Monat aus " + contract.clientTown()
                        + " brauchen bei " + contract.serviceCenter() + " " + number(planning.additionalFte(), 1)
                        + " Vollzeitstellen (" + number(planning.fteWithTown(), 1) + " statt "
                        + number(planning.fteToday(), 1) + ").",
                YearlyCosts.lines(planning.yearlyCost()), "Vorhergesagt aus den Anrufen der letzten Monate für eine "
                        + "typische Woche, gerechnet mit " + ("ERLANG_A".equals(planning.assumptions().model())
                        ? "Erlang A" : "Erlang C") + " auf " + number(planning.assumptions().targetShare() * 100, 0)
                        + " % in " + planning.assumptions().targetSeconds() + " Sekunden; die Stellen sind die, die "
                        + "diese Anrufe über die übrigen des Service-Centers hinaus brauchen.")).orElse(null);
    }

    /** A month's statement as CSV (decimal comma), as contact-service writes it for both parties. */
    @GET
    @Path("{contract}/statement")
    @Produces("text/csv")
    public Response statement(@PathParam("contract") UUID id, @QueryParam("month") String month) {
        if (month == null || !month.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new WebApplicationException(400);
        }
        return Answers.csvDownload("contact-service", () -> contacts.statementCsv(id, month, "comma"),
                "abrechnung-" + id + "-" + month + ".csv");
    }

    /** The months a statement can be asked for: the last twelve the contract was in force, newest first. */
    private List<String> statementMonths(TenantApi.Contract contract) {
        if (!"ACTIVE".equals(contract.status()) && !"TERMINATED".equals(contract.status())) {
            return List.of();
        }
        YearMonth last = YearMonth.now(clock.withZone(ZoneId.of("Europe/Berlin")));
        YearMonth first = YearMonth.from(contract.validFrom());
        List<String> months = new ArrayList<>();
        for (YearMonth month = last; !month.isBefore(first) && months.size() < 12; month = month.minusMonths(1)) {
            months.add(month.toString());
        }
        return months;
    }

    /** Proposals waiting for the signed-in city admin's signature come first. */
    private boolean awaitsMe(TenantApi.Contract contract) {
        return "PROPOSED".equals(contract.status()) && user.isCityAdmin()
                && user.tenant().filter(contract.clientTown()::equals).isPresent();
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "accepted" -> "Sie haben den Vertrag angenommen. Der Gastgeber setzt ihn zum Beginn in Kraft.";
            case "rejected" -> "Sie haben den Vorschlag abgelehnt; der Gastgeber sieht Ihren Grund.";
            case "activated" -> "Der Vertrag ist in Kraft gesetzt.";
            default -> null;
        };
    }

    static String areas(TenantApi.Contract contract) {
        return contract.allServiceAreas() ? "alle Bereiche" : String.join(", ", contract.serviceAreas());
    }

    static String validity(TenantApi.Contract contract) {
        String from = GermanFormats.german(contract.validFrom());
        return contract.validUntil() == null ? "ab " + from
                : from + " bis " + GermanFormats.german(contract.validUntil());
    }
}
