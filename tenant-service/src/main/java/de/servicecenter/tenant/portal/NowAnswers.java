package de.servicecenter.tenant.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.servicecenter.commons.caching.CacheableResponses;
import de.servicecenter.commons.caching.ReadyAnswers;
import de.servicecenter.tenant.portal.PortalViews.TownStatus;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The towns' "open now?" answers. Portals ask them of the same towns thousands of times a minute, and an answer
 * changes at most once a minute (or when the network changes): each is computed, serialized and tagged once per
 * minute and version of the network, and served ready from the HTTP layer ({@link ReadyAnswers}) until then.
 */
@ApplicationScoped
public class NowAnswers {

    static final String PATH = "/public/v1/towns/:town/opening-status";
    private static final String SERVICE_AREA = "serviceArea";
    /** A bound the map never reaches in practice: only towns and areas that exist get in. */
    private static final int MAX_ANSWERS = 10_000;

    /** A town's "now" answer as of one minute and one version of the network. */
    record NowAnswer(Instant minute, long generation, CacheableResponses.Tagged answer, Optional<Instant> nextChange) {

        boolean isFor(Instant minute, long generation) {
            return this.minute.equals(minute) && this.generation == generation;
        }
    }

    private final Map<String, NowAnswer> answers = new ConcurrentHashMap<>();
    private final PortalService portal;
    private final ObjectMapper json;
    private final Clock clock;

    NowAnswers(PortalService portal, ObjectMapper json, Clock clock) {
        this.portal = portal;
        this.json = json;
        this.clock = clock;
    }

    void serveReady(@Observes Router router) {
        ReadyAnswers.serve(router, PATH, Set.of(SERVICE_AREA), context -> ready(context.pathParam("town"),
                context.queryParams().get(SERVICE_AREA)).map(answer -> new ReadyAnswers.Ready(answer.answer(),
                maxAge(answer))));
    }

    /**
     * The answer when it is at hand: computed this minute from the network as it still is. Never touches the
     * database (the network snapshot is not rebuilt here), so it is safe on an I/O thread.
     */
    Optional<NowAnswer> ready(String town, String area) {
        NowAnswer cached = answers.get(key(town, area));
        OptionalLong generation = portal.readyGeneration();
        if (cached != null && generation.isPresent() && cached.isFor(portal.currentMinute(), generation.getAsLong())) {
            return Optional.of(cached);
        }
        return Optional.empty();
    }

    /** The answer for this minute, computed unless at hand; refuses unknown towns and areas (404, 400). */
    NowAnswer answer(String town, String area) {
        Instant minute = portal.currentMinute();
        long generation = portal.generation();
        String key = key(town, area);
        NowAnswer cached = answers.get(key);
        if (cached != null && cached.isFor(minute, generation)) {
            return cached;
        }
        TownStatus status = portal.tenantStatus(town, Optional.ofNullable(area), minute);
        try {
            cached = new NowAnswer(minute, generation, CacheableResponses.Tagged.of(json.writeValueAsBytes(status)),
                    PortalService.nextChange(status));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        if (answers.size() >= MAX_ANSWERS) {
            answers.clear();
        }
        answers.put(key, cached);
        return cached;
    }

    /** How long a client may keep the answer: at most a minute, never past the next opening or closing. */
    Duration maxAge(NowAnswer answer) {
        return PublicOpeningHoursResource.untilNextChange(answer.nextChange(), clock.instant());
    }

    private static String key(String town, String area) {
        return area == null ? town : town + "/" + area;
    }
}
