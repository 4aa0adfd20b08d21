package de.servicecenter.console.platform;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** knowledge-service: search for a caller's town, articles, feedback. */
@RegisterRestClient(configKey = "knowledge-service")
@RegisterProvider(UserAccessToken.class)
@Path("/api/v1")
public interface KnowledgeApi {

    @GET
    @Path("search")
    SearchResults search(@QueryParam("town") String town, @QueryParam("q") String query,
                         @QueryParam("serviceArea") String serviceArea, @QueryParam("size") int size);

    @GET
    @Path("search/suggestions")
    List<String> suggestions(@QueryParam("town") String town, @QueryParam("q") String query);

    /** Tells the search log which hit helped (knowledge gaps are searches without one). */
    @POST
    @Path("search/{search}/opened")
    void opened(@PathParam("search") UUID search, Opened opened);

    /** Units and contact points of the town's directory found by words, within the areas of the agent's contract. */
    @GET
    @Path("towns/{town}/directory/entries")
    List<DirectoryEntry> directoryEntries(@PathParam("town") String town, @QueryParam("q") String query,
                                          @QueryParam("limit") int limit);

    /**
     * "Put through to whom?" for the call's town, area and service at an instant (ISO-8601 with offset), with the
     * substitute or the central number.
     */
    @GET
    @Path("towns/{town}/directory/transfer")
    Transfer transfer(@PathParam("town") String town, @QueryParam("serviceArea") String serviceArea,
                      @QueryParam("leikaKey") String leikaKey, @QueryParam("at") String at);

    @GET
    @Path("articles/{article}")
    Article article(@PathParam("article") UUID article);

    @POST
    @Path("articles/{article}/feedback")
    void feedback(@PathParam("article") UUID article, Feedback feedback);

    record SearchResults(UUID searchId, String query, String town, List<Hit> items, long totalItems,
                         List<Facet> serviceAreas) {
    }

    record Hit(UUID id, String title, String teaser, String scope, String owner, String serviceArea,
               Map<String, List<String>> highlights) {
    }

    record Facet(String value, long count) {
    }

    record Opened(UUID articleId) {
    }

    record DirectoryEntry(Target entry, boolean answersNow, OffsetDateTime answersFrom) {
    }

    record Transfer(String route, String dial, Target putThroughTo, Target responsible, List<String> reasons,
                    List<String> askFor, OffsetDateTime reachableFrom) {
    }

    record Target(String unit, String unitName, String contactPoint, String function, String personName,
                  String phone, String mail, String room) {
    }

    record Article(UUID id, String owner, String scope, String serviceArea, String leikaKey, String title,
                   String teaser, String fullText, String requiredDocuments, String prerequisites, String costs,
                   String deadlines, String procedure, String notes, String responsibleOffice, String contact,
                   List<String> keywords, int version) {
    }

    record Feedback(String kind, String comment) {
    }
}
