package de.servicecenter.tenant.servicearea;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Set;
import java.util.TreeSet;

/** An entry of the service-area catalog, e.g. "buergerbuero" - Bürgerbüro. Contracts and schedules name areas by code. */
@Entity
@Table(name = "service_area")
public class ServiceArea {

    @Id
    private String code;

    private String name;

    private String description;

    @ElementCollection
    @CollectionTable(name = "service_area_leika_key", joinColumns = @JoinColumn(name = "service_area_code"))
    @Column(name = "leika_key")
    private Set<String> leikaKeys = new TreeSet<>();

    @Version
    private long version;

    protected ServiceArea() {
    }

    ServiceArea(String code) {
        this.code = code;
    }

    void apply(ServiceAreaRequest request) {
        this.name = request.name().strip();
        this.description = request.description() == null ? null : request.description().strip();
        this.leikaKeys.clear();
        this.leikaKeys.addAll(request.leikaKeys() == null ? Set.of() : request.leikaKeys());
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Set<String> leikaKeys() {
        return Set.copyOf(leikaKeys);
    }

    public long version() {
        return version;
    }
}
