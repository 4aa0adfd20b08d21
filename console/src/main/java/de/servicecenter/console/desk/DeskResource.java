package de.servicecenter.console.desk;

import de.servicecenter.console.home.SignedInUser;
import de.servicecenter.console.platform.Answers;
import de.servicecenter.console.platform.ContactApi;
import de.servicecenter.console.platform.GermanFormats;
import de.servicecenter.console.platform.KnowledgeApi;
import de.servicecenter.console.platform.Problem;
import de.servicecenter.console.platform.TenantApi;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The agent desktop's pages. German on the screen; the paths are the API a CTI pops (README "Agent desktop"). */
@Path("/desk")
@RolesAllowed({SignedInUser.AGENT, SignedInUser.HOST_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class DeskResource {

    static final String SECTION = "desk";
    private static final int HITS = 10;
    /** Directory entries beside the articles: a few, the best first (the town's order). */
    private static final int DIRECTORY_HITS = 5;
    /** contact-service keeps a note of at most this many characters. */
    static final int NOTE_MAX_LENGTH = 500;
    /** What the agent can choose as how the call ended (ABANDONED is the phone system's to report). */
    static final List<Outcome> OUTCOMES = List.of(
            new Outcome("RESOLVED", "Erledigt im ersten Kontakt", "Die Frage ist beantwortet."),
            new Outcome("FORWARDED", "Weitervermittelt", "An die zuständige Stelle der Stadt verbunden."),
            new Outcome("CALLBACK_PROMISED", "Rückruf zugesagt", "Die Fachstelle meldet sich."),
            new Outcome("WRONG_NUMBER", "Falsch verbunden", "Kein Anliegen an die Verwaltung."));

    public record Outcome(String value, String label, String hint) {
    }

    /** A service area to log the contact under. */
    public record AreaChoice(String code, String name, boolean selected) {
    }

    /** An article marked as used for this call. */
    public record UsedArticle(UUID id, String title) {
    }

    /** The contact form as filled in, and what contact-service said about it. */
    public record ContactForm(String outcome, String note, Map<String, String> errors, String problem) {

        static ContactForm empty() {
            return new ContactForm(null, "", Map.of(), null);
        }

        public String error(String field) {
            return errors.get(field);
        }
    }

    /** Everything the call page shows. */
    public record CallView(TaggedCall call, String carried, List<CallContext.Param> carriedFields, String arrived,
                           SearchView search, List<DirectoryHit> directory, List<UsedArticle> used,
                           List<AreaChoice> areas, List<Outcome> outcomes, ContactForm form, PutThrough putThrough) {
    }

    /**
     * Whom to put this call through to now, by the town's directory for the call's area and service: the one
     * responsible, its substitute, or the town's central number — the number to dial, and why.
     *
     * @param unit the unit dialled; null for the central number (then nothing is recorded as the transfer target)
     */
    public record PutThrough(String label, String dial, String unit, String contactPoint, String why) {

        static PutThrough of(KnowledgeApi.Transfer transfer) {
            KnowledgeApi.Target target = transfer.putThroughTo();
            String label = target == null ? "die Zentrale der Stadt" : target.function() == null ? target.unitName()
                    : target.unitName() + " – " + target.function();
            List<String> why = new ArrayList<>();
            if ("SUBSTITUTE".equals(transfer.route()) && transfer.responsible() != null) {
                why.add("Zuständig ist " + transfer.responsible().unitName() + ", zurzeit nicht erreichbar; die "
                        + "Vertretung übernimmt.");
            } else if ("CENTRAL_NUMBER".equals(transfer.route())) {
                why.add(transfer.responsible() == null ? "Keine zuständige Stelle bekannt."
                        : transfer.responsible().unitName() + " ist gerade nicht erreichbar"
                        + (transfer.reachableFrom() == null ? "." : ", wieder ab "
                        + GermanFormats.dateTime(transfer.reachableFrom().toInstant()) + "."));
            }
            if (transfer.askFor() != null && !transfer.askFor().isEmpty()) {
                why.add("Genauer mit " + transfer.askFor().stream().map(field -> ASK_FOR.getOrDefault(field, field))
                        .collect(Collectors.joining(" oder ")) + " des Anrufers.");
            }
            return new PutThrough(label, transfer.dial(), target == null ? null : target.unit(),
                    target == null ? null : target.contactPoint(), why.isEmpty() ? null : String.join(" ", why));
        }

        private static final Map<String, String> ASK_FOR = Map.of("surname", "dem Nachnamen",
                "postalCode", "der Postleitzahl", "street", "der Straße");
    }

    /**
     * A unit or contact point of the town's directory that matches the search: whom the agent can put the caller
     * through to, with the number and whether it answers now (the words, not only the colour, say so).
     */
    public record DirectoryHit(String name, String unitName, String phone, String mail, boolean answersNow,
                               String answersFrom) {

        static DirectoryHit of(KnowledgeApi.DirectoryEntry found) {
            KnowledgeApi.Target target = found.entry();
            String name = target.function() == null ? target.unitName()
                    : target.function() + (target.personName() == null ? "" : " (" + target.personName() + ")");
            return new DirectoryHit(name, target.function() == null ? null : target.unitName(), target.phone(),
                    target.mail(), found.answersNow(),
                    found.answersFrom() == null ? null : GermanFormats.dateTime(found.answersFrom().toInstant()));
        }
    }

    /** The article page. */
    public record ArticleView(TaggedCall call, KnowledgeApi.Article article, String areaName, boolean local,
                              List<SearchView.HitView> localSpecifics, String back, String backMarkingUsed,
                              boolean alreadyUsed, String feedbackAction, String feedbackSent) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(SignedInUser user, String section, String number, String key,
                                             String callId, boolean notFound, String logged, LoggedView contact);

        static native TemplateInstance call(SignedInUser user, String section, CallView view);

        static native TemplateInstance call$results(CallView view);

        static native TemplateInstance article(SignedInUser user, String section, ArticleView view);
    }

    @Inject
    SignedInUser user;

    @Inject
    CallTagging tagging;

    @Inject
    Clock clock;

    @RestClient
    KnowledgeApi knowledge;

    @RestClient
    TenantApi tenants;

    @RestClient
    ContactApi contacts;

    /** The last contact as contact-service keeps it: what the agent can still check after the call. */
    public record LoggedView(UUID id, String outcome, String area, int articles, String note, boolean handOver,
                             String transferredTo) {
    }

    /**
     * The desk while no call is open: open one by number and key or by call id; the last contact logged, read back
     * from contact-service.
     */
    @GET
    public TemplateInstance start(@QueryParam("logged") String logged, @QueryParam("contact") String contactId) {
        LoggedView contact = Optional.ofNullable(uuidOrNull(contactId))
                .flatMap(id -> Answers.optional(() -> contacts.contact(id)))
                .map(stored -> new LoggedView(stored.id(), OUTCOMES.stream()
                        .filter(o -> o.value().equals(stored.outcome())).map(Outcome::label).findFirst()
                        .orElse(stored.outcome()),
                        areaNames().getOrDefault(stored.serviceArea(), stored.serviceArea()),
                        stored.articles() == null ? 0 : stored.articles().size(), stored.note(),
                        // a question the call left open goes to the town as a Rückrufbitte
                        "CALLBACK_PROMISED".equals(stored.outcome()) || "FORWARDED".equals(stored.outcome()),
                        stored.transferredTo() == null ? null
                                : stored.transferredTo().unit() + ", " + stored.transferredTo().number()))
                .orElse(null);
        return Templates.start(user, SECTION, "", "", "", false, logged == null ? null : logged.strip(), contact);
    }

    /**
     * A popped call: {@code /desk/call?callId=…} (the phone system's id) and/or {@code ?number=…&key=…}. With
     * {@code q}, the knowledge search for the caller's town; {@code area} narrows it.
     */
    @GET
    @Path("call")
    public Response call(@BeanParam CallContext context) {
        Optional<TaggedCall> call = context.popped() ? tagging.tag(context, user.tenant()) : Optional.empty();
        if (call.isEmpty()) {
            return Response.status(context.popped() ? 404 : 400)
                    .entity(Templates.start(user, SECTION, context.number().orElse(""), context.key().orElse(""),
                            context.callId().orElse(""), context.popped(), null, null)).build();
        }
        return Response.ok(Templates.call(user, SECTION, view(call.get(), context, ContactForm.empty()))).build();
    }

    /** The search results alone: what the page's search form swaps in while the call stays on screen. */
    @GET
    @Path("call/results")
    public TemplateInstance results(@BeanParam CallContext context) {
        TaggedCall call = tagging.tag(context, user.tenant())
                .orElseThrow(() -> new WebApplicationException(404));
        return Templates.call$results(view(call, context, ContactForm.empty()));
    }

    /** Titles while typing, as the options of the search field's list. */
    @GET
    @Path("suggestions")
    public String suggestions(@QueryParam("town") String town, @QueryParam("q") String query) {
        if (town == null || query == null || query.strip().length() < 2 || !town.matches("[a-z0-9-]{1,64}")) {
            return "";
        }
        List<String> titles = Answers.unlessNotFound("knowledge-service",
                () -> knowledge.suggestions(town, query.strip())).orElse(List.of());
        return titles.stream().limit(8).map(title -> "<option value=\"" + SearchView.escape(title) + "\"></option>")
                .collect(Collectors.joining("\n"));
    }

    @GET
    @Path("articles/{article}")
    public Response article(@PathParam("article") UUID id, @BeanParam CallContext context,
                            @QueryParam("search") UUID search, @QueryParam("feedback") String feedback) {
        TaggedCall call = tagging.tag(context, user.tenant()).orElseThrow(() -> new WebApplicationException(404));
        KnowledgeApi.Article article = Answers.unlessNotFound("knowledge-service", () -> knowledge.article(id))
                .orElseThrow(() -> new WebApplicationException(404));
        if (search != null) {
            // the search log learns which hit helped; a failure here must not cost the agent the article
            Answers.optional(() -> {
                knowledge.opened(search, new KnowledgeApi.Opened(id));
                return true;
            });
        }
        OffsetDateTime arrived = context.arrivedAt(now());
        Map<String, String> areaNames = areaNames();
        boolean local = "LOCAL".equals(article.scope()) && call.town().equals(article.owner());
        List<SearchView.HitView> specifics = local ? List.of() : localSpecifics(call, article, context, arrived,
                areaNames);
        String back = "/desk/call?" + context.carried(arrived, null, true);
        String backUsed = "/desk/call?" + context.carried(arrived, id, true);
        return Response.ok(Templates.article(user, SECTION, new ArticleView(call, article,
                areaNames.getOrDefault(article.serviceArea(), article.serviceArea()), local, specifics, back, backUsed,
                context.used().contains(id),
                "/desk/articles/" + id + "/feedback?" + context.carried(arrived, null, true),
                "sent".equals(feedback) ? "Danke – Ihre Rückmeldung ist bei der Redaktion." : null))).build();
    }

    /** "Helped" or "outdated": to the editors through knowledge-service; back to the article. */
    @POST
    @Path("articles/{article}/feedback")
    public Response feedback(@PathParam("article") UUID id, @BeanParam CallContext context,
                             @FormParam("kind") String kind, @FormParam("comment") String comment) {
        String checkedKind = "HELPFUL".equals(kind) || "OUTDATED".equals(kind) ? kind : null;
        if (checkedKind == null) {
            throw new WebApplicationException(400);
        }
        String trimmed = comment == null || comment.isBlank() ? null : comment.strip();
        Answers.required("knowledge-service",
                () -> {
                    knowledge.feedback(id, new KnowledgeApi.Feedback(checkedKind, trimmed));
                    return true;
                });
        OffsetDateTime arrived = context.arrivedAt(now());
        return Response.seeOther(URI.create("/desk/articles/" + id + "?" + context.carried(arrived, null, true)
                + "&feedback=sent")).build();
    }

    /**
     * The contact, logged in one step at the end of the call. Idempotent: the call's id (or, without one, a key
     * derived from the agent, the call's arrival and number) is the Idempotency-Key, so a second click or a reload
     * logs nothing twice.
     */
    @POST
    @Path("contacts")
    @Produces(MediaType.TEXT_HTML)
    public Response logContact(@BeanParam CallContext context, @FormParam("outcome") String outcome,
                               @FormParam("serviceArea") String serviceArea,
                               @FormParam("articles") List<String> articles, @FormParam("note") String note,
                               @FormParam("transferUnit") String transferUnit,
                               @FormParam("transferContactPoint") String transferContactPoint,
                               @FormParam("transferNumber") String transferNumber) {
        TaggedCall call = tagging.tag(context, user.tenant()).orElseThrow(() -> new WebApplicationException(404));
        OffsetDateTime arrived = context.arrivedAt(now());
        Map<String, String> errors = new LinkedHashMap<>();
        if (OUTCOMES.stream().noneMatch(choice -> choice.value().equals(outcome))) {
            errors.put("outcome", "Bitte wählen Sie aus, wie der Anruf endete.");
        }
        if (serviceArea == null || serviceArea.isBlank()) {
            errors.put("serviceArea", "Bitte wählen Sie den Bereich des Anliegens.");
        }
        // a form sends a textarea's line breaks as CR LF; the note keeps them as the browser counted them, LF
        String noteText = note == null ? "" : note.strip().replace("\r\n", "\n");
        if (noteText.length() > NOTE_MAX_LENGTH) {
            errors.put("note", "Die Notiz hat " + noteText.length() + " Zeichen; höchstens " + NOTE_MAX_LENGTH
                    + " sind möglich.");
        }
        if (!errors.isEmpty()) {
            return unprocessable(call, context, new ContactForm(outcome, note, errors, null));
        }
        if (call.serviceCenter() == null) {
            return unprocessable(call, context, new ContactForm(outcome, note, Map.of(), "Für diese Stadt besteht kein "
                    + "Vertrag, unter dem Ihr Service-Center ihre Anrufe annimmt."));
        }
        OffsetDateTime ended = now();
        List<UUID> used = articles == null ? List.of() : articles.stream().map(DeskResource::uuidOrNull)
                .filter(Objects::nonNull).distinct().toList();
        // an answered call lasted at least a second, even when logged within the second it was popped
        int talked = (int) Math.max(1, Duration.between(arrived, ended).toSeconds());
        ContactApi.NewContact contact = new ContactApi.NewContact(call.town(), call.serviceCenter(), "PHONE",
                arrived, arrived.plusSeconds(talked), 0, talked, 0, outcome,
                serviceArea, serviceArea.equals(call.serviceArea()) ? call.leikaKey() : null,
                used.isEmpty() ? null : used, user.pseudonym(), noteText.isEmpty() ? null : noteText,
                // forwarded: to whom the desk offered (the directory's answer when the call was shown)
                "FORWARDED".equals(outcome) && present(transferUnit) && present(transferNumber)
                        ? new ContactApi.TransferTarget(transferUnit, present(transferContactPoint)
                        ? transferContactPoint : null, transferNumber) : null);
        Response logged = Answers.of("contact-service",
                () -> contacts.log(idempotencyKey(context, call, arrived, user.pseudonym()), contact));
        if (Answers.done(logged)) {
            UUID id = logged.readEntity(ContactApi.LoggedContact.class).id();
            return Response.seeOther(URI.create("/desk?logged=" + URLEncoder.encode(call.townName(),
                    StandardCharsets.UTF_8) + "&contact=" + id)).build();
        }
        Problem problem = Problem.of(logged);
        if (problem.status() == 409) {
            return unprocessable(call, context, new ContactForm(outcome, note, Map.of(), "Dieser Anruf ist schon "
                    + "mit anderen Angaben erfasst; er wird nur einmal gezählt."));
        }
        return unprocessable(call, context, new ContactForm(outcome, note, fieldErrors(problem),
                problem.detailText().orElse("Der Kontakt wurde nicht erfasst.")));
    }

    private Response unprocessable(TaggedCall call, CallContext context, ContactForm form) {
        return Response.status(422).entity(Templates.call(user, SECTION, view(call, context, form))).build();
    }

    /** contact-service's field names, on this form's fields. */
    private static Map<String, String> fieldErrors(Problem problem) {
        Map<String, String> errors = new LinkedHashMap<>();
        problem.byField().forEach((field, message) -> errors.put(field.startsWith("articles") ? "articles"
                : field, message));
        return errors;
    }

    private CallView view(TaggedCall call, CallContext context, ContactForm form) {
        OffsetDateTime arrived = context.arrivedAt(now());
        Map<String, String> areaNames = areaNames();
        SearchView search = context.query().map(query -> {
            KnowledgeApi.SearchResults results = Answers.required("knowledge-service",
                    () -> knowledge.search(call.town(), query, context.areaFilter().orElse(null), HITS));
            return SearchView.of(results, call.town(), context.areaFilter().orElse(null),
                    area -> areaNames.getOrDefault(area, area),
                    hit -> "/desk/articles/" + hit.id() + "?" + context.carried(arrived, null, true)
                            + (results.searchId() == null ? "" : "&search=" + results.searchId()),
                    area -> "/desk/call?" + context.carried(arrived, null, false) + "&q="
                            + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&area=" + area);
        }).orElse(null);
        List<DirectoryHit> directory = context.query().map(query -> Answers.optional(
                        () -> knowledge.directoryEntries(call.town(), query, DIRECTORY_HITS))
                .orElse(List.of()).stream().map(DirectoryHit::of).toList()).orElse(List.of());
        List<UsedArticle> used = context.used().stream()
                .map(id -> Answers.optional(() -> knowledge.article(id))
                        .map(article -> new UsedArticle(id, article.title())).orElse(null))
                .filter(Objects::nonNull).toList();
        List<AreaChoice> areas = areaNames.entrySet().stream()
                .filter(area -> call.contract() == null || call.contract().covers(area.getKey()))
                .map(area -> new AreaChoice(area.getKey(), area.getValue(), area.getKey().equals(call.serviceArea())))
                .toList();
        // whom to put the caller through to while the call is on: answered for the call's arrival, which the page
        // carries, so that the answer does not change between the steps of one call (and tests can fix the hour)
        PutThrough putThrough = call.serviceArea() == null ? null : Answers.optional(
                () -> knowledge.transfer(call.town(), call.serviceArea(), call.leikaKey(), arrived.toString()))
                .map(PutThrough::of).orElse(null);
        return new CallView(call, context.carried(arrived, null, false), context.params(arrived, null, false),
                arrived.toString(), search, directory, used, areas, OUTCOMES, form, putThrough);
    }

    /** The town's own articles on the same matter: the local specifics beside a shared article. */
    private List<SearchView.HitView> localSpecifics(TaggedCall call, KnowledgeApi.Article article,
                                                    CallContext context, OffsetDateTime arrived,
                                                    Map<String, String> areaNames) {
        return Answers.optional(() -> knowledge.search(call.town(), article.title(), null, HITS))
                .map(results -> SearchView.of(results, call.town(), null,
                        area -> areaNames.getOrDefault(area, area),
                        hit -> "/desk/articles/" + hit.id() + "?" + context.carried(arrived, null, true),
                        area -> "").hits().stream().filter(SearchView.HitView::local).limit(3).toList())
                .orElse(List.of());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private Map<String, String> areaNames() {
        return tenants.areaNames();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock.withZone(CallTagging.BERLIN)).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The call's id; else one key per agent, arrival and number, so that the same call logs once. */
    static String idempotencyKey(CallContext context, TaggedCall call, OffsetDateTime arrived, String agent) {
        return context.callId().orElseGet(() -> {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest((agent + '|' + call.town() + '|' + arrived + '|'
                        + context.number().orElse("") + '|' + context.key().orElse("")).getBytes(StandardCharsets.UTF_8));
                return "desk-" + HexFormat.of().formatHex(digest, 0, 20);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static UUID uuidOrNull(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
