package de.servicecenter.tenant.center;

import de.servicecenter.tenant.persistence.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A citizen service center run by a host tenant, answering its own and its clients' calls. */
@Entity
@Table(name = "service_center")
public class ServiceCenter extends VersionedEntity {

    @Id
    private String id;

    @Column(name = "host_tenant_id")
    private String hostTenantId;

    private String name;

    @Enumerated(EnumType.STRING)
    private CenterStatus status;

    @ElementCollection
    @CollectionTable(name = "service_center_phone_number", joinColumns = @JoinColumn(name = "service_center_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone_number")
    private List<String> phoneNumbers = new ArrayList<>();

    protected ServiceCenter() {
    }

    ServiceCenter(String id, String hostTenantId, Instant createdAt) {
        super(createdAt);
        this.id = id;
        this.hostTenantId = hostTenantId;
    }

    void apply(ServiceCenterRequest request, Instant now) {
        this.name = request.name().strip();
        this.status = request.status() == null ? CenterStatus.ACTIVE : request.status();
        this.phoneNumbers.clear();
        this.phoneNumbers.addAll(request.phoneNumbers());
        changedAt(now);
    }

    public String id() {
        return id;
    }

    public String hostTenantId() {
        return hostTenantId;
    }

    public String name() {
        return name;
    }

    public CenterStatus status() {
        return status;
    }

    public List<String> phoneNumbers() {
        return List.copyOf(phoneNumbers);
    }

}
