package de.servicecenter.knowledge.synonym;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The synonym rules of one host network. */
@Entity
@Table(name = "synonym_set")
public class SynonymSet {

    @Id
    @Column(name = "host_tenant_id")
    private String hostTenantId;

    @JdbcTypeCode(SqlTypes.JSON)
    private String rules;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected SynonymSet() {
    }

    SynonymSet(String hostTenantId) {
        this.hostTenantId = hostTenantId;
    }

    void apply(String rulesJson, Instant now, String by) {
        this.rules = rulesJson;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String hostTenantId() {
        return hostTenantId;
    }

    public String rulesJson() {
        return rules;
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
