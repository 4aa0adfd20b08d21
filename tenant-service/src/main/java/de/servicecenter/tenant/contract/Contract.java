package de.servicecenter.tenant.contract;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.contract.CostModelType;
import de.servicecenter.tenant.persistence.VersionedEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Öffentlich-rechtliche Vereinbarung: the host's center answers the client's calls for some or all areas. */
@Entity
@Table(name = "contract")
public class Contract extends VersionedEntity {

    @Id
    private UUID id;

    @Column(name = "host_tenant_id")
    private String hostTenantId;

    @Column(name = "client_tenant_id")
    private String clientTenantId;

    @Column(name = "service_center_id")
    private String serviceCenterId;

    @Column(name = "all_service_areas")
    private boolean allServiceAreas;

    @ElementCollection
    @CollectionTable(name = "contract_service_area", joinColumns = @JoinColumn(name = "contract_id"))
    @Column(name = "service_area_code")
    private Set<String> serviceAreas = new TreeSet<>();

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "pilot_phase_ends_on")
    private LocalDate pilotPhaseEndsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cost_model")
    private CostModelType costModel;

    @Column(name = "full_time_equivalents")
    private BigDecimal fullTimeEquivalents;

    @Column(name = "annual_cost_per_fte")
    private BigDecimal annualCostPerFte;

    @Column(name = "price_per_call")
    private BigDecimal pricePerCall;

    @Column(name = "price_per_minute")
    private BigDecimal pricePerMinute;

    @Column(name = "flat_fee_per_month")
    private BigDecimal flatFeePerMonth;

    @Enumerated(EnumType.STRING)
    private ContractStatus status;

    @Column(name = "terminated_on")
    private LocalDate terminatedOn;

    @Column(name = "termination_reason")
    private String terminationReason;

    @Column(name = "terminated_by_tenant_id")
    private String terminatedByTenantId;

    @OneToMany(mappedBy = "contract", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ContractEvent> history = new ArrayList<>();

    protected Contract() {
    }

    Contract(UUID id, String hostTenantId, Instant createdAt) {
        super(createdAt);
        this.id = id;
        this.hostTenantId = hostTenantId;
        this.status = ContractStatus.PROPOSED;
    }

    /** New terms: whatever the client said to earlier ones no longer holds, so the contract is a proposal again. */
    void apply(ContractRequest request, Instant now) {
        this.status = ContractStatus.PROPOSED;
        this.clientTenantId = request.clientTown();
        this.serviceCenterId = request.serviceCenter();
        this.allServiceAreas = request.allServiceAreas();
        this.serviceAreas.clear();
        if (request.serviceAreas() != null) {
            this.serviceAreas.addAll(request.serviceAreas());
        }
        this.signedOn = request.signedOn();
        this.validFrom = request.validFrom();
        this.validUntil = request.validUntil();
        this.pilotPhaseEndsOn = request.pilotPhaseEndsOn();
        CostModel cost = request.costModel();
        this.costModel = cost.type();
        this.fullTimeEquivalents = cost.fullTimeEquivalents();
        this.annualCostPerFte = cost.annualCostPerFte();
        this.pricePerCall = cost.pricePerCall();
        this.pricePerMinute = cost.pricePerMinute();
        this.flatFeePerMonth = cost.flatFeePerMonth();
        changedAt(now);
    }

    void accept(Instant now) {
        this.status = ContractStatus.ACCEPTED;
        changedAt(now);
    }

    void reject(Instant now) {
        this.status = ContractStatus.REJECTED;
        changedAt(now);
    }

    void activate(Instant now) {
        this.status = ContractStatus.ACTIVE;
        changedAt(now);
    }

    void terminate(LocalDate lastDay, LocalDate today, String byTenant, String reason, Instant now) {
        this.status = ContractStatus.TERMINATED;
        this.validUntil = lastDay;
        this.terminatedOn = today;
        this.terminatedByTenantId = byTenant;
        this.terminationReason = reason;
        changedAt(now);
    }

    /** Records a step after it was written (and flushed), so that it names the version the step left behind. */
    void record(ContractStep step, String partyTenantId, String actor, Instant at, String note) {
        history.add(new ContractEvent(this, step, partyTenantId, actor, at, version(), note));
    }

    /** The terms another contract for the same client may overlap. */
    ContractTerms terms() {
        return new ContractTerms(id, hostTenantId, validFrom, Optional.ofNullable(validUntil), allServiceAreas,
                Set.copyOf(serviceAreas));
    }

    public UUID id() {
        return id;
    }

    public String hostTenantId() {
        return hostTenantId;
    }

    public String clientTenantId() {
        return clientTenantId;
    }

    public String serviceCenterId() {
        return serviceCenterId;
    }

    public boolean allServiceAreas() {
        return allServiceAreas;
    }

    public Set<String> serviceAreas() {
        return Set.copyOf(serviceAreas);
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    public LocalDate pilotPhaseEndsOn() {
        return pilotPhaseEndsOn;
    }

    public CostModel costModel() {
        return new CostModel(costModel, fullTimeEquivalents, annualCostPerFte, pricePerCall, pricePerMinute,
                flatFeePerMonth);
    }

    public ContractStatus status() {
        return status;
    }

    public LocalDate terminatedOn() {
        return terminatedOn;
    }

    public String terminationReason() {
        return terminationReason;
    }

    public Optional<String> terminatedByTenantId() {
        return Optional.ofNullable(terminatedByTenantId);
    }

    public List<ContractEvent> history() {
        return List.copyOf(history);
    }

}
