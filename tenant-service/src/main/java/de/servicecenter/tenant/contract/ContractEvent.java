package de.servicecenter.tenant.contract;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A recorded step of a contract: who (which party, which person) did what, when, to which version of the terms. */
@Entity
@Table(name = "contract_event")
public class ContractEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contract_id")
    private Contract contract;

    @Enumerated(EnumType.STRING)
    private ContractStep step;

    @Column(name = "party_tenant_id")
    private String partyTenantId;

    @Column(name = "actor")
    private String actor;

    @Column(name = "happened_at")
    private Instant happenedAt;

    /** The contract's version the step left behind: an acceptance names the terms it accepted. */
    @Column(name = "contract_version")
    private long contractVersion;

    private String note;

    protected ContractEvent() {
    }

    ContractEvent(Contract contract, ContractStep step, String partyTenantId, String actor, Instant happenedAt,
                  long contractVersion, String note) {
        this.contract = contract;
        this.step = step;
        this.partyTenantId = partyTenantId;
        this.actor = actor;
        this.happenedAt = happenedAt;
        this.contractVersion = contractVersion;
        this.note = note;
    }

    public ContractStep step() {
        return step;
    }

    public String partyTenantId() {
        return partyTenantId;
    }

    public String actor() {
        return actor;
    }

    public Instant happenedAt() {
        return happenedAt;
    }

    public long contractVersion() {
        return contractVersion;
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }
}
