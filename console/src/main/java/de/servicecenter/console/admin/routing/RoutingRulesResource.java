package de.servicecenter.console.admin.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.servicecenter.console.admin.AdminResource;
import de.servicecenter.console.home.SignedInUser;
import de.servicecenter.console.platform.Answers;
import de.servicecenter.console.platform.GermanFormats;
import de.servicecenter.console.platform.Problem;
import de.servicecenter.console.platform.RoutingApi;
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
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * A town's routing rules: the versions (draft, published, earlier), one version as a readable list with the week
 * simulation as a timeline, the draft's rules reordered or removed, published, and earlier versions published again
 * (roll back). routing-service validates; its problems appear next to the rule they name.
 */
@Path("/admin/routing")
@RolesAllowed({SignedInUser.HOST_ADMIN, SignedInUser.CITY_ADMIN, SignedInUser.PLATFORM_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class RoutingRulesResource {

    private static final String SERVICE = "routing-service";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final DateTimeFormatter GERMAN_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu");
    private static final Pattern RULE_FIELD = Pattern.compile("(?:definition\\.)?rules\\[(\\d+)].*");
    static final Map<String, String> STATUS = Map.of("DRAFT", "Entwurf", "PUBLISHED", "Veröffentlicht – gilt jetzt",
            "SUPERSEDED", "Abgelöst");

    public record VersionRow(int version, String status, String written, String published, boolean draft,
                             boolean mayRollBack) {
    }

    public record TownChoice(String town, boolean selected) {
    }

    /** One version as read, with its simulation and what the platform said on the last attempt to publish. */
    public record VersionPage(String town, RoutingApi.RuleSetVersion version, String status,
                              List<ReadableRules.EntryPointView> entryPoints, List<ReadableRules.RuleView> rules,
                              List<Timeline.Day> timeline, String simulatedNumber, String simulatedKey,
                              String simulatedFrom, List<String> keys, String notice, String problem,
                              List<String> otherProblems) {

        public boolean draft() {
            return "DRAFT".equals(version.status());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance versions(SignedInUser user, String section, String town,
                                                List<TownChoice> towns, List<VersionRow> rows, String notice,
                                                String problem);

        static native TemplateInstance version(SignedInUser user, String section, VersionPage view);
    }

    @Inject
    SignedInUser user;

    @Inject
    Clock clock;

    @RestClient
    RoutingApi routing;

    @RestClient
    TenantApi tenants;

    @GET
    public TemplateInstance versions(@QueryParam("town") String town, @QueryParam("done") String done) {
        String chosen = town(town);
        return versionsPage(chosen, notice(done), null);
    }

    @GET
    @Path("{town}/versions/{version}")
    public TemplateInstance version(@PathParam("town") String town, @PathParam("version") int version,
                                    @QueryParam("number") String number, @QueryParam("key") String key,
                                    @QueryParam("from") String from, @QueryParam("done") String done) {
        return Templates.version(user, AdminResource.SECTION, page(town, read(town, version), number, key, from,
                notice(done), null, Map.of(), List.of()));
    }

    /** A new draft from this version's rules (the draft there was is replaced). */
    @POST
    @Path("{town}/versions/{version}/draft")
    public Response draftFrom(@PathParam("town") String town, @PathParam("version") int version) {
        RoutingApi.RuleSetVersion source = read(town, version);
        return saved(town, source, source.definition(), "drafted");
    }

    /** The draft's rule moved up or down one place, or removed. */
    @POST
    @Path("{town}/versions/{version}/rules/{position}")
    public Response changeRule(@PathParam("town") String town, @PathParam("version") int version,
                               @PathParam("position") int position, @FormParam("change") String change) {
        RoutingApi.RuleSetVersion draft = read(town, version);
        if (!"DRAFT".equals(draft.status())) {
            throw new WebApplicationException(409);
        }
        ObjectNode definition = draft.definition().deepCopy();
        ArrayNode rules = (ArrayNode) definition.path("rules");
        int index = position - 1;
        if (index < 0 || index >= rules.size()) {
            throw new WebApplicationException(404);
        }
        switch (String.valueOf(change)) {
            case "up" -> swap(rules, index, index - 1);
            case "down" -> swap(rules, index, index + 1);
            case "remove" -> rules.remove(index);
            default -> throw new WebApplicationException(400);
        }
        return saved(town, draft, definition, "changed");
    }

    @POST
    @Path("{town}/draft/publication")
    public Response publish(@PathParam("town") String town, @FormParam("version") int version) {
        Response answer = Answers.of(SERVICE, () -> routing.publishDraft(town));
        if (Answers.done(answer)) {
            return Response.seeOther(URI.create("/admin/routing?town=" + town + "&done=published")).build();
        }
        return refused(town, read(town, version), Problem.of(answer));
    }

    /** Roll back: an earlier version published again, as a new version. */
    @POST
    @Path("{town}/versions/{version}/publication")
    public Response republish(@PathParam("town") String town, @PathParam("version") int version) {
        Response answer = Answers.of(SERVICE, () -> routing.republish(town, version));
        if (Answers.done(answer)) {
            return Response.seeOther(URI.create("/admin/routing?town=" + town + "&done=rolledback")).build();
        }
        Problem problem = Problem.of(answer);
        return Response.status(422).entity(versionsPage(town, null,
                problem.detailText().orElse("Diese Fassung lässt sich nicht wieder veröffentlichen."))).build();
    }

    private Response saved(String town, RoutingApi.RuleSetVersion from, JsonNode definition, String done) {
        Response answer = Answers.of(SERVICE, () -> routing.saveDraft(town, definition));
        if (Answers.done(answer)) {
            RoutingApi.RuleSetVersion draft = answer.readEntity(RoutingApi.RuleSetVersion.class);
            return Response.seeOther(URI.create("/admin/routing/" + town + "/versions/" + draft.version()
                    + "?done=" + done)).build();
        }
        return refused(town, from, Problem.of(answer));
    }

    private Response refused(String town, RoutingApi.RuleSetVersion version, Problem problem) {
        if (problem.status() == 404) {
            throw new WebApplicationException(404);
        }
        Map<Integer, List<String>> byRule = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        problem.errors().forEach(error -> {
            Matcher rule = RULE_FIELD.matcher(error.field());
            if (rule.matches()) {
                byRule.computeIfAbsent(Integer.parseInt(rule.group(1)), i -> new ArrayList<>()).add(error.message());
            } else {
                others.add(error.field() + ": " + error.message());
            }
        });
        return Response.status(422).entity(Templates.version(user, AdminResource.SECTION, page(town, version, null,
                null, null, null, problem.detailText().orElse("Nicht veröffentlicht."), byRule, others))).build();
    }

    private TemplateInstance versionsPage(String town, String notice, String problem) {
        List<RoutingApi.RuleSetVersion> versions = Answers.page(SERVICE, () -> routing.versions(town));
        List<VersionRow> rows = versions.stream().sorted(Comparator.comparingInt(RoutingApi.RuleSetVersion::version)
                        .reversed())
                .map(v -> new VersionRow(v.version(), STATUS.getOrDefault(v.status(), v.status()),
                        v.writtenBy() + ", " + GermanFormats.dateTime(v.writtenAt()),
                        v.publishedAt() == null ? "" : v.publishedBy() + ", " + GermanFormats.dateTime(v.publishedAt()),
                        "DRAFT".equals(v.status()), "SUPERSEDED".equals(v.status())))
                .toList();
        return Templates.versions(user, AdminResource.SECTION, town, towns(town), rows, notice, problem);
    }

    private VersionPage page(String town, RoutingApi.RuleSetVersion version, String number, String key, String from,
                             String notice, String problem, Map<Integer, List<String>> problems,
                             List<String> otherProblems) {
        Map<String, String> areaNames = tenants.areaNames(); // codes instead of names when tenant-service fails
        List<ReadableRules.EntryPointView> entryPoints = ReadableRules.entryPoints(version.definition(),
                area -> areaNames.getOrDefault(area, area));
        String simulated = Optional.ofNullable(number).filter(n -> entryPoints.stream().anyMatch(e -> e.number().equals(n)))
                .orElse(entryPoints.isEmpty() ? null : entryPoints.get(0).number());
        String simulatedKey = Optional.ofNullable(key).filter(k -> k.matches("[0-9*#]{0,2}")).orElse("1");
        LocalDate monday = Optional.ofNullable(from).flatMap(RoutingRulesResource::date)
                .orElseGet(() -> LocalDate.now(clock.withZone(BERLIN)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        List<Timeline.Day> timeline = simulated == null ? List.of() : simulate(town, simulated, simulatedKey, monday,
                version.version());
        List<String> keys = new ArrayList<>(List.of(""));
        version.definition().path("entryPoints").forEach(entry -> entry.path("menu").path("options")
                .forEach(option -> keys.add(option.path("key").asText())));
        return new VersionPage(town, version, STATUS.getOrDefault(version.status(), version.status()), entryPoints,
                ReadableRules.rules(version.definition(), area -> areaNames.getOrDefault(area, area), problems),
                timeline, simulated, simulatedKey, GermanFormats.german(monday), keys.stream().distinct().toList(), notice,
                problem, otherProblems);
    }

    private List<Timeline.Day> simulate(String town, String number, String key, LocalDate from, int version) {
        return Answers.optional(() -> routing.simulate(town, number, key.isEmpty() ? null : key, from.toString(), 7,
                version)).map(Timeline::of).orElse(List.of());
    }

    private RoutingApi.RuleSetVersion read(String town, int version) {
        return Answers.page(SERVICE, () -> routing.version(town, version));
    }

    /** The towns whose rules the user may keep: their own and, for a host's admins, their clients. */
    private List<TownChoice> towns(String selected) {
        List<String> towns = new ArrayList<>();
        user.tenant().ifPresent(towns::add);
        if (user.isHostAdmin()) {
            // the own town only when tenant-service fails
            Answers.optional(() -> tenants.contracts()).orElse(List.of()).stream()
                    .filter(c -> user.tenant().filter(c.hostTown()::equals).isPresent())
                    .filter(c -> "ACTIVE".equals(c.status())).map(TenantApi.Contract::clientTown).distinct()
                    .forEach(towns::add);
        }
        if (!towns.contains(selected)) {
            towns.add(selected);
        }
        return towns.stream().map(town -> new TownChoice(town, town.equals(selected))).toList();
    }

    private String town(String town) {
        return Optional.ofNullable(town).filter(t -> t.matches("[a-z0-9-]{1,63}")).or(user::tenant)
                .orElseThrow(() -> new WebApplicationException(400));
    }

    private static void swap(ArrayNode rules, int a, int b) {
        if (b < 0 || b >= rules.size()) {
            return;
        }
        JsonNode first = rules.get(a);
        rules.set(a, rules.get(b));
        rules.set(b, first);
    }

    /** 23.11.2026 as written on the screen, or 2026-11-23 in a link; anything else: this week. */
    private static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : List.of(GERMAN_DATE, DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return Optional.of(LocalDate.parse(text.strip(), format));
            } catch (RuntimeException e) {
                // the next format
            }
        }
        return Optional.empty();
    }

    private static String notice(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "drafted" -> "Der Entwurf ist angelegt. Ändern, in der Simulation prüfen, dann veröffentlichen.";
            case "changed" -> "Der Entwurf ist gespeichert.";
            case "published" -> "Der Entwurf ist veröffentlicht; Anrufe werden ab sofort danach entschieden.";
            case "rolledback" -> "Die frühere Fassung gilt wieder, als neue Version.";
            default -> null;
        };
    }
}
