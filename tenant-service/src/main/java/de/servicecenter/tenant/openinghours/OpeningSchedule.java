package de.servicecenter.tenant.openinghours;

import de.servicecenter.tenant.persistence.VersionedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An opening-hours schedule as stored: of a service center, of a tenant's office for one service area, or of
 * the tenant as a whole. The weekly periods are kept as the JSON document admins sent (already validated by
 * the opening-hours library); exceptions are {@link OpeningException} rows.
 */
@Entity
@Table(name = "opening_schedule")
public class OpeningSchedule extends VersionedEntity {

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private String tenantId;

    @Column(name = "service_center_id")
    private String serviceCenterId;

    @Column(name = "service_area_code")
    private String serviceAreaCode;

    private String name;

    @Column(name = "public_holidays")
    private String publicHolidays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "weekly_periods")
    private String weeklyPeriods;

    protected OpeningSchedule() {
    }

    OpeningSchedule(UUID id, String tenantId, String serviceCenterId, String serviceAreaCode, Instant createdAt) {
        super(createdAt);
        this.id = id;
        this.tenantId = tenantId;
        this.serviceCenterId = serviceCenterId;
        this.serviceAreaCode = serviceAreaCode;
    }

    void apply(String name, String publicHolidays, String weeklyPeriodsJson, Instant now) {
        this.name = name.strip();
        this.publicHolidays = publicHolidays;
        this.weeklyPeriods = weeklyPeriodsJson;
        changedAt(now);
    }

    /** Exceptions are rows of their own; touching the schedule gives their changes a new version (ETag) too. */
    void touch(Instant now) {
        changedAt(now);
    }

    public UUID id() {
        return id;
    }

    public String tenantId() {
        return tenantId;
    }

    public Optional<String> serviceCenterId() {
        return Optional.ofNullable(serviceCenterId);
    }

    public Optional<String> serviceAreaCode() {
        return Optional.ofNullable(serviceAreaCode);
    }

    public String name() {
        return name;
    }

    /** ISO 3166-2 code of the state whose holidays close it; empty for none. */
    public Optional<String> publicHolidays() {
        return Optional.ofNullable(publicHolidays);
    }

    public String weeklyPeriodsJson() {
        return weeklyPeriods;
    }

}
