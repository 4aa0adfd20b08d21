package de.servicecenter.tenant.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * What every editable record of tenant-service carries: the optimistic-locking version that travels as the
 * ETag, and when it was created and last changed.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    @Version
    private long version;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected VersionedEntity() {
    }

    protected VersionedEntity(Instant createdAt) {
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    /** Marks a change; also makes Hibernate bump the version of an otherwise unchanged row. */
    protected void changedAt(Instant now) {
        this.updatedAt = now;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
