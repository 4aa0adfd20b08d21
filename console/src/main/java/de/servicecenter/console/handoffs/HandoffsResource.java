package de.servicecenter.console.handoffs;

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
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Rückrufbitten (handoffs): the agent hands a question the call could not settle to the town's responsible unit;
 * the town's people take it up and answer it; both see what is due and overdue. Everything is contact-service's:
 * who may see or do what is decided there, with the user's own token.
 */
@Path("/handoffs")
@RolesAllowed({SignedInUser.AGENT, SignedInUser.HOST_ADMIN, SignedInUser.CITY_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class HandoffsResource {

    static final String SECTION = "handoffs";
    static final Map<String, String> STATUS = Map.of("OPEN", "Offen", "IN_PROGRESS", "In Bearbeitung",
            "ANSWERED", "Beantwortet", "RETURNED", "Zurückgegeben");
    private static final int QUESTION_MAX_LENGTH = 2000;
    private static final java.util.regex.Pattern UUID_PATTERN = java.util.regex.Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public record Row(UUID id, String town, String host, String area, String unit, String created, String due,
                      String status, boolean overdue) {
    }

    /** The form, prefilled from the logged contact it follows. */
    public record Form(UUID contact, String town, String areaName, String question, String callerName,
                       String callbackNumber, boolean consent, String surname, String postalCode, String street,
                       Map<String, String> errors, String problem) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    public record Step(String at, String status, String tenant, String comment) {
    }

    public record Detail(ContactApi.Handoff handoff, String areaName, String status, String created, String due,
                         String closed, String consent, List<Step> history, boolean mayMove, boolean mayTakeUp,
                         String notice, String problem, Map<String, String> errors) {

        public String error(String field) {
            return errors.get(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(SignedInUser user, String section, List<Row> rows, boolean overdueOnly);

        static native TemplateInstance form(SignedInUser user, String section, Form form);

        static native TemplateInstance detail(SignedInUser user, String section, Detail view);
    }

    @Inject
    SignedInUser user;

    @RestClient
    ContactApi contacts;

    @RestClient
    TenantApi tenants;

    @GET
    public TemplateInstance list(@QueryParam("overdue") boolean overdue) {
        Map<String, String> areas = areaNames();
        List<Row> rows = Answers.required("contact-service", () -> contacts.handoffs(overdue)).stream()
                .map(h -> new Row(h.id(), h.town(), h.hostTenant(), areas.getOrDefault(h.serviceArea(), h.serviceArea()),
                        h.unit().name(), GermanFormats.dateTime(h.createdAt().toInstant()),
                        GermanFormats.dateTime(h.dueAt().toInstant()), STATUS.getOrDefault(h.status(), h.status()),
                        h.overdue()))
                .toList();
        return Templates.list(user, SECTION, rows, overdue);
    }

    /** The form for a handoff following a logged contact (its town, area, center and LeiKa key come from there). */
    @GET
    @Path("new")
    public TemplateInstance newHandoff(@QueryParam("contact") UUID contactId) {
        ContactApi.LoggedContact contact = loggedContact(contactId);
        return Templates.form(user, SECTION, new Form(contact.id(), contact.town(), areaName(contact.serviceArea()),
                "", "", "", false, "", "", "", Map.of(), null));
    }

    @POST
    public Response create(@FormParam("contact") UUID contactId, @FormParam("question") String question,
                           @FormParam("callerName") String callerName,
                           @FormParam("callbackNumber") String callbackNumber, @FormParam("consent") String consent,
                           @FormParam("surname") String surname, @FormParam("postalCode") String postalCode,
                           @FormParam("street") String street) {
        ContactApi.LoggedContact contact = loggedContact(contactId);
        String questionText = text(question);
        Map<String, String> errors = new LinkedHashMap<>();
        if (questionText == null) {
            errors.put("question", "Bitte schreiben Sie die Frage auf, so wie die Fachstelle sie beantworten soll.");
        } else if (questionText.length() > QUESTION_MAX_LENGTH) {
            errors.put("question", "Die Frage hat " + questionText.length() + " Zeichen; höchstens "
                    + QUESTION_MAX_LENGTH + " sind möglich.");
        }
        String number = text(callbackNumber) == null ? null : normalisedNumber(callbackNumber);
        if (number != null && !number.matches("\\+[1-9][0-9]{6,14}")) {
            errors.put("callbackNumber", "Bitte geben Sie eine Rufnummer an, z. B. 02305 123456 oder +49 2305 123456.");
        }
        boolean consented = "yes".equals(consent);
        if (number != null && !consented) {
            errors.put("consent", "Ohne Einverständnis des Anrufers darf die Nummer nicht weitergegeben werden.");
        }
        Form form = new Form(contact.id(), contact.town(), areaName(contact.serviceArea()), question, callerName,
                callbackNumber, consented, surname, postalCode, street, errors, null);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.form(user, SECTION, form)).build();
        }
        Response answer = Answers.of("contact-service", () -> contacts.handOver(new ContactApi.NewHandoff(
                contact.town(), contact.serviceCenter(), contact.serviceArea(), contact.leikaKey(), questionText,
                text(callerName), number, number == null ? null : true, text(surname), text(postalCode), text(street),
                contact.id())));
        if (Answers.done(answer)) {
            UUID id = answer.readEntity(ContactApi.Handoff.class).id();
            return Response.seeOther(URI.create("/handoffs/" + id + "?done=created")).build();
        }
        Problem problem = Problem.of(answer);
        Map<String, String> byField = new LinkedHashMap<>(problem.byField());
        if (problem.status() == 409) {
            // handed over already (a second click, a reload): show the one there is
            java.util.regex.Matcher existing = UUID_PATTERN.matcher(problem.byField().getOrDefault("contact", ""));
            if (existing.find()) {
                return Response.seeOther(URI.create("/handoffs/" + existing.group())).build();
            }
        }
        String text = problem.status() == 503 ? "Das Verzeichnis oder der Kalender der Stadt ist gerade nicht "
                + "erreichbar; es wurde nichts übergeben. Bitte versuchen Sie es in einer Minute noch einmal."
                : byField.isEmpty() ? problem.detailText().orElse("Die Übergabe ist nicht möglich.")
                : "Die Stadt kann die Rückrufbitte so nicht zuordnen.";
        Form refused = new Form(contact.id(), contact.town(), areaName(contact.serviceArea()), question, callerName,
                callbackNumber, consented, surname, postalCode, street, byField, text);
        return Response.status(problem.status() == 503 ? 503 : 422).entity(Templates.form(user, SECTION, refused))
                .build();
    }

    @GET
    @Path("{handoff}")
    public TemplateInstance detail(@PathParam("handoff") UUID id, @QueryParam("done") String done) {
        String notice = done == null ? null : switch (done) {
            case "created" -> "Übergeben. Die Fachstelle ist per E-Mail benachrichtigt.";
            case "IN_PROGRESS" -> "Als in Bearbeitung markiert.";
            case "ANSWERED" -> "Als beantwortet abgeschlossen.";
            case "RETURNED" -> "An das Service-Center zurückgegeben.";
            default -> null;
        };
        return Templates.detail(user, SECTION, detail(id, notice, null, Map.of()));
    }

    /** The town moves its handoff on: taken up, answered, or given back with a reason. */
    @POST
    @Path("{handoff}/status")
    public Response move(@PathParam("handoff") UUID id, @FormParam("status") String status,
                         @FormParam("comment") String comment) {
        if (!STATUS.containsKey(status) || "OPEN".equals(status)) {
            throw new WebApplicationException(400);
        }
        if ("RETURNED".equals(status) && text(comment) == null) {
            return Response.status(422).entity(Templates.detail(user, SECTION, detail(id, null, null,
                    Map.of("comment", "Bitte schreiben Sie dem Service-Center, warum Sie die Rückrufbitte "
                            + "zurückgeben.")))).build();
        }
        Response answer = Answers.of("contact-service",
                () -> contacts.changeStatus(id, new ContactApi.StatusChange(status, text(comment))));
        if (Answers.done(answer)) {
            return Response.seeOther(URI.create("/handoffs/" + id + "?done=" + status)).build();
        }
        Problem problem = Problem.of(answer);
        String text = switch (problem.status()) {
            case 409 -> "Die Rückrufbitte wurde inzwischen bearbeitet. Sie sehen den neuen Stand.";
            case 403 -> "Bearbeiten kann sie nur die Stadt, an die sie übergeben wurde.";
            default -> problem.detailText().orElse("Der Schritt ist nicht möglich.");
        };
        return Response.status(problem.status() == 404 ? 404 : 422).entity(Templates.detail(user, SECTION,
                detail(id, null, text, problem.byField()))).build();
    }

    private Detail detail(UUID id, String notice, String problem, Map<String, String> errors) {
        Response answer = Answers.of("contact-service", () -> contacts.handoff(id));
        if (answer.getStatus() == 404 || answer.getStatus() == 403) {
            throw new WebApplicationException(404);
        }
        if (!Answers.done(answer)) {
            throw new WebApplicationException(503);
        }
        ContactApi.Handoff handoff = answer.readEntity(ContactApi.Handoff.class);
        List<Step> history = handoff.history().stream()
                .map(step -> new Step(dateTime(step.at()), STATUS.getOrDefault(step.status(), step.status()),
                        step.actorTenant(), step.comment()))
                .toList();
        boolean town = user.tenant().filter(handoff.town()::equals).isPresent();
        boolean open = "OPEN".equals(handoff.status()) || "IN_PROGRESS".equals(handoff.status());
        return new Detail(handoff, areaName(handoff.serviceArea()), STATUS.getOrDefault(handoff.status(),
                handoff.status()), dateTime(handoff.createdAt()), dateTime(handoff.dueAt()),
                dateTime(handoff.closedAt()), dateTime(handoff.callbackConsentAt()), history, town && open,
                town && "OPEN".equals(handoff.status()), notice, problem, errors);
    }

    private ContactApi.LoggedContact loggedContact(UUID id) {
        if (id == null) {
            throw new WebApplicationException(404);
        }
        return Answers.unlessNotFound("contact-service", () -> contacts.contact(id))
                .orElseThrow(() -> new WebApplicationException(404));
    }

    private String areaName(String code) {
        return areaNames().getOrDefault(code, code);
    }

    private Map<String, String> areaNames() {
        return tenants.areaNames();
    }

    private static String dateTime(OffsetDateTime time) {
        return time == null ? null : GermanFormats.dateTime(time.toInstant());
    }

    /** 02305 123456 or +49 2305 123456 as E.164; whatever else as typed, for contact-service to refuse. */
    static String normalisedNumber(String typed) {
        String digits = typed.replaceAll("[\\s/()-]", "");
        if (digits.startsWith("00")) {
            return "+" + digits.substring(2);
        }
        if (digits.startsWith("0")) {
            return "+49" + digits.substring(1);
        }
        return digits;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip().replace("\r\n", "\n");
    }
}
