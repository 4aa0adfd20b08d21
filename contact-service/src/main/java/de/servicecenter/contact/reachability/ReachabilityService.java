package de.servicecenter.contact.reachability;

import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.TenancySource;
import de.servicecenter.commons.validation.QueryParameters;
import de.servicecenter.contact.contactlog.Channel;
import de.servicecenter.contact.kpi.KpiCounts;
import de.servicecenter.contact.kpi.KpiFigures;
import de.servicecenter.contact.kpi.KpiQuery;
import de.servicecenter.contact.kpi.KpiRepository;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Live reachability of a town for its portal: phone calls of the town's citizens, whichever center answered.
 * Portals ask often and all at once, so each town's figures are counted at most once per {@code fresh-for} and
 * served from memory in between.
 */
@ApplicationScoped
public class ReachabilityService {

    static final Duration LAST_HOUR = Duration.ofMinutes(60);

    private final KpiRepository counts;
    private final TenancySource tenancy;
    private final int serviceLevelSeconds;
    private final int shortAbandonSeconds;
    private final Duration freshFor;
    private final Clock clock;
    /** Each town's latest figures and the lock of whoever counts them; only towns that exist get in. */
    private final Map<String, Reachability> latest = new ConcurrentHashMap<>();
    private final Map<String, ReentrantLock> countingLocks = new ConcurrentHashMap<>();

    ReachabilityService(KpiRepository counts, TenancySource tenancy,
                        @ConfigProperty(name = "scv.reachability.service-level-seconds", defaultValue = "30") int serviceLevelSeconds,
                        @ConfigProperty(name = "scv.kpi.short-abandon-seconds", defaultValue = "5") int shortAbandonSeconds,
                        @ConfigProperty(name = "scv.reachability.fresh-for", defaultValue = "15s") Duration freshFor,
                        Clock clock) {
        this.counts = counts;
        this.tenancy = tenancy;
        this.serviceLevelSeconds = serviceLevelSeconds;
        this.shortAbandonSeconds = shortAbandonSeconds;
        this.freshFor = freshFor;
        this.clock = clock;
    }

    /** How long a portal or proxy may keep an answer. */
    public Duration freshFor() {
        return freshFor;
    }

    /**
     * @param at a past moment (ISO-8601 with offset, or Berlin wall-clock time) to see the figures as they were
     *           then; now when absent
     */
    public Reachability of(String town, String at) {
        if (!tenancy.snapshot().isActiveTenant(town)) {
            throw NotFoundProblem.of("town", town);
        }
        Instant now = clock.instant();
        Optional<Instant> then = QueryParameters.optionalTime(at, "at", BerlinTime::parse, BerlinTime.PARSE_FORMAT);
        if (then.isPresent()) {
            if (then.get().isAfter(now)) {
                throw InvalidInputProblem.of("at", "lies in the future");
            }
            return count(town, then.get().truncatedTo(ChronoUnit.SECONDS));
        }
        Optional<Reachability> ready = ready(town, now);
        if (ready.isPresent()) {
            return ready.get();
        }
        // One request counts a town's figures; the others asking meanwhile wait for them instead of counting too.
        ReentrantLock counting = countingLocks.computeIfAbsent(town, t -> new ReentrantLock());
        counting.lock();
        try {
            Instant countedAt = clock.instant();
            return ready(town, countedAt).orElseGet(() -> {
                Reachability fresh = count(town, countedAt.truncatedTo(ChronoUnit.SECONDS));
                latest.put(town, fresh);
                return fresh;
            });
        } finally {
            counting.unlock();
        }
    }

    /**
     * Forgets the figures held, so that the next question counts anew: for when contacts were removed rather than
     * added (test fixtures, an operator correcting the log), which the figures' short life would otherwise hide.
     */
    public void recount() {
        latest.clear();
    }

    /**
     * A town's current figures when memory holds them fresh, the town still active; empty when they must be counted.
     * Reads no database, so it is safe on an I/O thread.
     */
    public Optional<Reachability> ready(String town) {
        return ready(town, clock.instant());
    }

    private Optional<Reachability> ready(String town, Instant now) {
        Reachability cached = latest.get(town);
        if (cached == null || !cached.at().toInstant().plus(freshFor).isAfter(now)
                || !tenancy.snapshot().isActiveTenant(town)) {
            return Optional.empty();
        }
        return Optional.of(cached);
    }

    private Reachability count(String town, Instant now) {
        Instant startOfDay = BerlinTime.dateOf(now).atStartOfDay(BerlinTime.ZONE).toInstant();
        return new Reachability(town, now.atZone(BerlinTime.ZONE).toOffsetDateTime(), serviceLevelSeconds,
                window(town, startOfDay, now), window(town, now.minus(LAST_HOUR), now));
    }

    private Reachability.Window window(String town, Instant from, Instant now) {
        KpiCounts window = counts.count(new KpiQuery(Optional.of(town), Optional.empty(), Optional.empty(), from,
                now.plusSeconds(1), Optional.empty(), Optional.empty(), Optional.of(Channel.PHONE.name()),
                List.of(serviceLevelSeconds), shortAbandonSeconds)).total();
        long calls = window.answered() + window.abandoned();
        return new Reachability.Window(from.atZone(BerlinTime.ZONE).toOffsetDateTime(), calls,
                KpiFigures.rate(window.answered(), calls), KpiFigures.rate(window.answeredWithin()[0], calls),
                KpiFigures.average(window.waitingSecondsAnswered(), window.answered()));
    }
}
