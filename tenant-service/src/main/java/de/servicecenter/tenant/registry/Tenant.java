package de.servicecenter.tenant.registry;

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
import java.util.Optional;

/** A municipality or district on the platform. Identified by a slug that also appears in tokens and call tags. */
@Entity
@Table(name = "tenant")
public class Tenant extends VersionedEntity {

    @Id
    private String id;

    private String name;

    @Enumerated(EnumType.STRING)
    private TenantKind kind;

    private String ags;

    @Column(name = "federal_state")
    private FederalState federalState;

    @ElementCollection
    @CollectionTable(name = "tenant_central_number", joinColumns = @JoinColumn(name = "tenant_id"))
    @OrderColumn(name = "position")
    @Column(name = "phone_number")
    private List<String> centralNumbers = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "tenant_neighbourhood", joinColumns = @JoinColumn(name = "tenant_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    private List<String> neighbourhoods = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private TenantStatus status;

    @Column(name = "street_address")
    private String streetAddress;

    @Column(name = "postal_code")
    private String postalCode;

    private String locality;

    protected Tenant() {
    }

    Tenant(String id, Instant createdAt) {
        super(createdAt);
        this.id = id;
    }

    /** Replaces every writable attribute; id and creation time never change. */
    void apply(TenantRequest request, Instant now) {
        this.name = request.name().strip();
        this.kind = request.kind();
        this.ags = request.ags();
        this.federalState = request.federalState();
        this.centralNumbers.clear();
        this.centralNumbers.addAll(request.centralNumbers());
        this.neighbourhoods.clear();
        this.neighbourhoods.addAll(request.effectiveNeighbourhoods());
        this.status = request.effectiveStatus();
        Optional<PostalAddress> address = Optional.ofNullable(request.address());
        this.streetAddress = address.map(PostalAddress::streetAddress).map(String::strip).orElse(null);
        this.postalCode = address.map(PostalAddress::postalCode).orElse(null);
        this.locality = address.map(PostalAddress::locality).map(String::strip).orElse(null);
        changedAt(now);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public TenantKind kind() {
        return kind;
    }

    public String ags() {
        return ags;
    }

    public FederalState federalState() {
        return federalState;
    }

    public List<String> centralNumbers() {
        return List.copyOf(centralNumbers);
    }

    /** The town's neighbourhoods (Stadtteile) as citizens name them; empty when none were given. */
    public List<String> neighbourhoods() {
        return List.copyOf(neighbourhoods);
    }

    public TenantStatus status() {
        return status;
    }

    public Optional<PostalAddress> address() {
        return streetAddress == null ? Optional.empty()
                : Optional.of(new PostalAddress(streetAddress, postalCode, locality));
    }

}
