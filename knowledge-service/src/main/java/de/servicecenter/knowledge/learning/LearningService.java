package de.servicecenter.knowledge.learning;

import de.servicecenter.commons.problem.InvalidInputProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.knowledge.article.ArticleService;
import de.servicecenter.knowledge.learning.LearningViews.FeedbackRequest;
import de.servicecenter.knowledge.learning.LearningViews.Gap;
import de.servicecenter.knowledge.learning.LearningViews.KnowledgeGaps;
import de.servicecenter.knowledge.learning.LearningViews.ReviewItem;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The learning organisation (seed 001: the center learns daily): every search is logged with its town, query,
 * hit count and the article opened; agents flag articles helpful or outdated. From that: the knowledge gaps of
 * a town per week, and each owner's review queue.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LearningService {

    static final int GAPS_LISTED = 20;
    private static final Pattern ISO_WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    private final SearchLogRepository searches;
    private final SearchLogWriter writer;
    private final ArticleFeedbackRepository feedback;
    private final ArticleService articles;
    private final TenantAccess access;
    private final Clock clock;

    LearningService(SearchLogRepository searches, SearchLogWriter writer, ArticleFeedbackRepository feedback,
                    ArticleService articles, TenantAccess access,
                    Clock clock) {
        this.clock = clock;
        this.searches = searches;
        this.writer = writer;
        this.feedback = feedback;
        this.articles = articles;
        this.access = access;
    }

    /**
     * Logs a search, written in the background; the query is kept normalised (trimmed, lower case) so that the
     * report groups it.
     */
    public UUID recordSearch(String town, Optional<String> searcherTenant, boolean agent, String query,
                             Optional<String> serviceArea, long hits) {
        UUID id = UUID.randomUUID();
        writer.record(new SearchLogEntry(id, clock.instant(), town, searcherTenant.orElse(null),
                agent ? "AGENT" : "PUBLIC", normalise(query), serviceArea.orElse(null), hits));
        return id;
    }

    /**
     * Records the article opened from a search of the caller's own tenant (the search is the searcher's: 404 for
     * anyone else's, and for an article the caller may not read).
     */
    public void opened(UUID searchId, UUID articleId) {
        String searcher = writer.afterPending(() -> searches.findByIdOptional(searchId)
                        .flatMap(SearchLogEntry::searcherTenant))
                .orElseThrow(() -> NotFoundProblem.of("search", searchId));
        access.require(AccessTarget.owned("search", searchId, searcher, Optional.empty()));
        if (!articles.isReadable(articleId)) {
            throw NotFoundProblem.of("article", articleId);
        }
        writer.afterPending(() -> {
            searches.findByIdOptional(searchId).ifPresent(search -> search.opened(articleId, clock.instant()));
            return true;
        });
    }

    @Transactional
    public void feedback(UUID articleId, FeedbackRequest request) {
        articles.get(articleId);
        String comment = request.comment() == null || request.comment().isBlank() ? null : request.comment().strip();
        feedback.persist(new ArticleFeedback(UUID.randomUUID(), articleId, clock.instant(),
                access.principal().tenantId().orElseThrow(), request.kind(), comment));
    }

    /** The town's own admins and the hosts serving it see its gaps. */
    public KnowledgeGaps gaps(String town, Optional<String> isoWeek) {
        writer.awaitPending(); // searches logged just before are part of the report
        LocalDate monday = isoWeek.map(LearningService::mondayOf).orElseGet(() ->
                LocalDate.now(clock.withZone(BerlinTime.ZONE)).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        LocalDate nextMonday = monday.plusWeeks(1);
        Instant from = monday.atStartOfDay(BerlinTime.ZONE).toInstant();
        Instant until = nextMonday.atStartOfDay(BerlinTime.ZONE).toInstant();
        List<Gap> gaps = searches.gaps(town, from, until, GAPS_LISTED).stream()
                .map(row -> new Gap((String) row[0], number(row[1]), number(row[2]), number(row[3])))
                .toList();
        String week = monday.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                + String.format(Locale.ROOT, "%02d", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new KnowledgeGaps(town, week, monday, nextMonday.minusDays(1), gaps);
    }

    /** The owner's admins see the articles flagged outdated since they were last changed. */
    public List<ReviewItem> reviewQueue(String owner) {
        return feedback.reviewQueue(owner).stream()
                .map(row -> new ReviewItem((UUID) row[0], (String) row[1], instant(row[2]), number(row[3]),
                        instant(row[4]), (String) row[5]))
                .toList();
    }

    static String normalise(String query) {
        return query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    }

    /** Monday of an ISO week such as {@code 2026-W47}, in Berlin. */
    static LocalDate mondayOf(String isoWeek) {
        Matcher matcher = ISO_WEEK.matcher(isoWeek);
        try {
            if (!matcher.matches()) {
                throw new DateTimeParseException("not an ISO week", isoWeek, 0);
            }
            int year = Integer.parseInt(matcher.group(1));
            int week = Integer.parseInt(matcher.group(2));
            LocalDate anyDay = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week);
            if (anyDay.get(IsoFields.WEEK_BASED_YEAR) != year) {
                throw new DateTimeParseException("no such week", isoWeek, 0);
            }
            return anyDay.with(DayOfWeek.MONDAY);
        } catch (DateTimeException e) {
            throw InvalidInputProblem.of("week", "must be an ISO week like 2026-W47");
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
