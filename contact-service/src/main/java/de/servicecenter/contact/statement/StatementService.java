package de.servicecenter.contact.statement;

import de.servicecenter.commons.problem.BusinessRuleProblem;
import de.servicecenter.commons.problem.NotFoundProblem;
import de.servicecenter.commons.tenancy.AccessTarget;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.commons.tenancy.TenantAccess;
import de.servicecenter.commons.validation.QueryParameters;
import de.servicecenter.openinghours.BerlinTime;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.YearMonth;

/**
 * Monthly statements per contract, for its two parties only (the host's and the client's admins): provisional
 * while the month runs, issued by the host once it is over, and from then on frozen.
 */
@ApplicationScoped
public class StatementService {

    private final StatementRepository statements;
    private final TenantAccess access;
    private final Clock clock;

    StatementService(StatementRepository statements, TenantAccess access, Clock clock) {
        this.clock = clock;
        this.statements = statements;
        this.access = access;
    }

    public Statement statement(String contractId, String rawMonth) {
        DelegationGrant contract = contract(contractId);
        access.require(AccessTarget.between("contract", contractId, contract.hostTenant(), contract.clientTenant()));
        YearMonth month = billable(contract, QueryParameters.month(rawMonth, "month"));
        return statements.issued(contractId, month)
                .orElseGet(() -> StatementCalculator.compute(contract, month, statements.count(contractId, month)));
    }

    /** Issuing is the host's: it bills. @return the statement, and whether this call issued it */
    public StatementRepository.Issued issue(String contractId, String rawMonth) {
        DelegationGrant contract = contract(contractId);
        access.require(AccessTarget.between("contract", contractId, contract.hostTenant(), contract.clientTenant()));
        YearMonth month = billable(contract, QueryParameters.month(rawMonth, "month"));
        if (!month.isBefore(YearMonth.now(clock.withZone(BerlinTime.ZONE)))) {
            throw BusinessRuleProblem.onField("month", "is not over yet; a month's statement can be issued from the "
                    + "first day of the next month");
        }
        String issuer = access.principal().subject();
        return statements.issue(contractId, month,
                counts -> StatementCalculator.compute(contract, month, counts).issued(clock.instant(), issuer));
    }

    private DelegationGrant contract(String contractId) {
        return access.snapshot().grant(contractId).orElseThrow(() -> NotFoundProblem.of("contract", contractId));
    }

    private YearMonth billable(DelegationGrant contract, YearMonth month) {
        if (contract.term().within(month).isEmpty()) {
            throw BusinessRuleProblem.onField("month", "the contract was not in force in " + month + " (from "
                    + contract.validFrom() + contract.validUntil().map(until -> " until " + until).orElse("") + ")");
        }
        if (month.isAfter(YearMonth.now(clock.withZone(BerlinTime.ZONE)))) {
            throw BusinessRuleProblem.onField("month", "lies in the future");
        }
        return month;
    }
}
