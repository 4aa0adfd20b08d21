package de.servicecenter.knowledge.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A knowledge article as stored: its classification, its content as JSON, who changed it when. */
@Entity
@Table(name = "article")
public class Article {

    @Id
    private UUID id;

    @Column(name = "owner_tenant_id")
    private String ownerTenantId;

    @Enumerated(EnumType.STRING)
    private ArticleScope scope;

    @Column(name = "service_area")
    private String serviceArea;

    @Column(name = "leika_key")
    private String leikaKey;

    @Enumerated(EnumType.STRING)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @JdbcTypeCode(SqlTypes.JSON)
    private String content;

    private String title;

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "indexed_version")
    private Long indexedVersion;

    protected Article() {
    }

    Article(UUID id, String ownerTenantId, ArticleScope scope, Instant now, String by) {
        this.id = id;
        this.ownerTenantId = ownerTenantId;
        this.scope = scope;
        this.createdAt = now;
        this.createdBy = by;
    }

    void apply(ArticleRequest request, String contentJson, Instant now, String by) {
        this.serviceArea = request.serviceArea();
        this.leikaKey = request.leikaKey();
        this.audience = request.audience();
        this.status = request.effectiveStatus();
        this.validFrom = request.validFrom();
        this.validUntil = request.validUntil();
        this.content = contentJson;
        this.title = request.title().strip();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public UUID id() {
        return id;
    }

    public String ownerTenantId() {
        return ownerTenantId;
    }

    public ArticleScope scope() {
        return scope;
    }

    public String serviceArea() {
        return serviceArea;
    }

    public Optional<String> leikaKey() {
        return Optional.ofNullable(leikaKey);
    }

    public Audience audience() {
        return audience;
    }

    public ArticleStatus status() {
        return status;
    }

    public Optional<LocalDate> validFrom() {
        return Optional.ofNullable(validFrom);
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    public String contentJson() {
        return content;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public Optional<Long> indexedVersion() {
        return Optional.ofNullable(indexedVersion);
    }
}
