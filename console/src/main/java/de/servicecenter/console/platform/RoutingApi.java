package de.servicecenter.console.platform;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** routing-service: how a popped call is tagged. */
@RegisterRestClient(configKey = "routing-service")
@RegisterProvider(UserAccessToken.class)
@Path("/api/v1")
public interface RoutingApi {

    /** The decision the phone system got for a call (404 unless the user may read the call's town and area). */
    @GET
    @Path("routing/calls/{callId}")
    RecordedCall call(@PathParam("callId") String callId);

    /** The menu of a dialled number (404 unless the user may read its town). */
    @GET
    @Path("routing/menus")
    Menu menu(@QueryParam("number") String number);

    /** Every version of a town's rule set: the draft, the published one, the ones before. */
    @GET
    @Path("towns/{town}/rule-set/versions")
    List<RuleSetVersion> versions(@PathParam("town") String town);

    @GET
    @Path("towns/{town}/rule-set/versions/{version}")
    RuleSetVersion version(@PathParam("town") String town, @PathParam("version") int version);

    @PUT
    @Path("towns/{town}/rule-set/draft")
    Response saveDraft(@PathParam("town") String town, JsonNode definition);

    @POST
    @Path("towns/{town}/rule-set/draft/publish")
    Response publishDraft(@PathParam("town") String town);

    /** Roll back: an earlier version published again. */
    @POST
    @Path("towns/{town}/rule-set/versions/{version}/publish")
    Response republish(@PathParam("town") String town, @PathParam("version") int version);

    /** What a version (the draft when null) decides for a number and key, day by day, folded into intervals. */
    @GET
    @Path("towns/{town}/rule-set/simulation")
    List<SimulatedInterval> simulate(@PathParam("town") String town, @QueryParam("number") String number,
                                     @QueryParam("option") String option, @QueryParam("from") String from,
                                     @QueryParam("days") int days, @QueryParam("version") Integer version);

    /**
     * A version with its definition kept as JSON: the editor sends it back changed (rules reordered or removed)
     * without losing what this console does not know.
     */
    record RuleSetVersion(String town, int version, String status, String writtenBy, Instant writtenAt,
                          String publishedBy, Instant publishedAt, Integer copiedFrom, JsonNode definition) {
    }

    record SimulatedInterval(Instant from, Instant until, String action, String target, String announcement,
                             int rule, String ruleName) {
    }

    record RecordedCall(String callId, OffsetDateTime decidedAt, String dialledNumber, String menuOption,
                        Decision decision) {
    }

    record Decision(String action, String serviceCenter, Tag tag, String ruleName) {
    }

    record Tag(String town, String serviceArea, String leikaKey) {
    }

    record Menu(String town, String number, String name, List<Option> options, String defaultServiceArea) {

        /** The area a key stands for: the option's, else (no key, or a key not offered) the default. */
        public Option chosen(String key) {
            return options.stream().filter(option -> option.key().equals(key)).findFirst()
                    .orElseGet(() -> new Option(null, defaultServiceArea, null, null));
        }
    }

    record Option(String key, String serviceArea, String leikaKey, String label) {
    }
}
