package de.servicecenter.knowledge.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One search: for which town, what was asked, how many hits, which article was opened. */
@Entity
@Table(name = "search_log")
public class SearchLogEntry {

    @Id
    private UUID id;

    @Column(name = "searched_at")
    private Instant searchedAt;

    private String town;

    @Column(name = "searcher_tenant")
    private String searcherTenant;

    private String channel;

    private String query;

    @Column(name = "service_area")
    private String serviceArea;

    @Column(name = "hit_count")
    private long hitCount;

    @Column(name = "opened_article_id")
    private UUID openedArticleId;

    @Column(name = "opened_at")
    private Instant openedAt;

    protected SearchLogEntry() {
    }

    SearchLogEntry(UUID id, Instant searchedAt, String town, String searcherTenant, String channel, String query,
                   String serviceArea, long hitCount) {
        this.id = id;
        this.searchedAt = searchedAt;
        this.town = town;
        this.searcherTenant = searcherTenant;
        this.channel = channel;
        this.query = query;
        this.serviceArea = serviceArea;
        this.hitCount = hitCount;
    }

    void opened(UUID articleId, Instant at) {
        this.openedArticleId = articleId;
        this.openedAt = at;
    }

    public UUID id() {
        return id;
    }

    public String town() {
        return town;
    }

    public Optional<String> searcherTenant() {
        return Optional.ofNullable(searcherTenant);
    }
}
