package de.servicecenter.knowledge.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A town's directory document as stored: checked on import, replaced as a whole. */
@Entity
@Table(name = "town_directory")
public class TownDirectory {

    @Id
    private String town;

    @JdbcTypeCode(SqlTypes.JSON)
    private String document;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected TownDirectory() {
    }

    TownDirectory(String town) {
        this.town = town;
    }

    void replace(String documentJson, Instant now, String by) {
        this.document = documentJson;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String town() {
        return town;
    }

    String documentJson() {
        return document;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
