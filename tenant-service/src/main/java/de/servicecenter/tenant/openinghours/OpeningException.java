package de.servicecenter.tenant.openinghours;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A one-off closure or special hours of a schedule, e.g. "Rathausschließung zwischen den Jahren". */
@Entity
@Table(name = "opening_exception")
public class OpeningException {

    @Id
    private UUID id;

    @Column(name = "schedule_id")
    private UUID scheduleId;

    @Column(name = "first_day")
    private LocalDate firstDay;

    @Column(name = "last_day")
    private LocalDate lastDay;

    private boolean closed;

    @JdbcTypeCode(SqlTypes.JSON)
    private String hours;

    private String reason;

    @Column(name = "created_at")
    private Instant createdAt;

    protected OpeningException() {
    }

    OpeningException(UUID id, UUID scheduleId, LocalDate firstDay, LocalDate lastDay, boolean closed,
                     String hoursJson, String reason, Instant createdAt) {
        this.id = id;
        this.scheduleId = scheduleId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.closed = closed;
        this.hours = hoursJson;
        this.reason = reason;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID scheduleId() {
        return scheduleId;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public boolean closed() {
        return closed;
    }

    public String hoursJson() {
        return hours;
    }

    public String reason() {
        return reason;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
