package de.servicecenter.contact.reachability;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.caching.CacheableResponses;
import de.servicecenter.commons.caching.ReadyAnswers;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The towns' current reachability as portals get it: each town's figures serialized and tagged once for as long as
 * {@link ReachabilityService} keeps them, and served ready from the HTTP layer ({@link ReadyAnswers}) meanwhile.
 */
@ApplicationScoped
public class ReachabilityAnswers {

    static final String PATH = "/public/v1/towns/:town/reachability";

    /** Figures and their bytes; one per town, and only towns that exist get in. */
    private record Serialized(Reachability figures, CacheableResponses.Tagged answer) {
    }

    private final Map<String, Serialized> current = new ConcurrentHashMap<>();
    private final ReachabilityService reachability;
    private final ObjectMapper json;

    ReachabilityAnswers(ReachabilityService reachability, ObjectMapper json) {
        this.reachability = reachability;
        this.json = json;
    }

    void serveReady(@Observes Router router) {
        ReadyAnswers.serve(router, PATH, Set.of(), context -> reachability.ready(context.pathParam("town"))
                .map(figures -> new ReadyAnswers.Ready(serialized(figures), reachability.freshFor())));
    }

    /** A town's current figures, counted unless fresh ones are at hand; refuses unknown towns (404). */
    CacheableResponses.Tagged now(String town) {
        return serialized(reachability.of(town, null));
    }

    /** The service hands out the same figures object until it counts again: serialized once per figures. */
    private CacheableResponses.Tagged serialized(Reachability figures) {
        Serialized serialized = current.get(figures.town());
        if (serialized == null || serialized.figures() != figures) {
            try {
                serialized = new Serialized(figures, CacheableResponses.Tagged.of(json.writeValueAsBytes(figures)));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            current.put(figures.town(), serialized);
        }
        return serialized.answer();
    }
}
