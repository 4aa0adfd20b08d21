package de.servicecenter.contact.statement;

import com.fasterxml.jackson.annotation.JsonAlias;
import de.servicecenter.commons.contract.CostModel;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a client owes its host for one month under one contract, per service area. Provisional until a party issues
 * it; issued statements are frozen and read the same forever.
 */
@Schema(name = "Statement", description = "A contract's monthly statement (EUR)")
public record Statement(
        @Schema(description = "The contract billed", example = "7b2e4c1a-0f3d-4e59-8a6b-1c2d3e4f5a6b") String contract,
        @Schema(example = "2026-10", description = "Calendar month, Europe/Berlin") String month,
        @Schema(description = "PROVISIONAL while the month can still change, ISSUED once issued (then it never changes)",
                example = "ISSUED")
        Status status,
        @Schema(nullable = true, description = "When it was issued; null while provisional") Instant issuedAt,
        @Schema(nullable = true, example = "duisburg-admin", description = "Who issued it") String issuedBy,
        // Statements issued before the API said "town" everywhere are stored with the old names.
        @JsonAlias("hostTenant") @Schema(description = "The host town, which bills", example = "duisburg")
        String hostTown,
        @JsonAlias("clientTenant") @Schema(description = "The client town, which pays", example = "bottrop")
        String clientTown,
        @Schema(example = "call-duisburg") String serviceCenter,
        @Schema(example = "2026-10-01", description = "First day of the month the contract was in force")
        LocalDate billedFrom,
        @Schema(example = "2026-10-31", description = "Last day of the month the contract was in force")
        LocalDate billedUntil,
        @Schema(description = "Days of the month the contract was in force", example = "31") int billedDays,
        @Schema(description = "Days of the month", example = "31") int daysInMonth,
        @Schema(description = "The contract's cost model the amount follows") CostModel costModel,
        @Schema(example = "ANSWERED_CONTACTS", description = "How the amount is split over the lines: by answered "
                + "contacts (PER_CALL), else by handled seconds; remainders to the largest fractions, so the lines "
                + "add up to the total to the cent")
        String allocation,
        @Schema(description = "One line per town and service area") List<Line> lines,
        @Schema(description = "The sum of the lines") Line total,
        @Schema(description = "ISO 4217", example = "EUR") String currency) {

    public enum Status {
        /** Computed from the contacts logged so far; changes while contacts of the month arrive. */
        PROVISIONAL,
        /** Frozen as issued; contacts of the month are refused from then on. */
        ISSUED
    }

    @Schema(name = "StatementLine")
    public record Line(
            @Schema(example = "bottrop") String town,
            @Schema(nullable = true, example = "buergerbuero", description = "null on the total") String serviceArea,
            @Schema(example = "1630", description = "Contacts, answered or not") long contacts,
            @Schema(description = "Contacts answered", example = "1510") long answered,
            @Schema(example = "404680", description = "Talk + wrap-up of answered contacts") long handledSeconds,
            @Schema(description = "handledSeconds in minutes, two decimals", example = "6744.67")
            BigDecimal handledMinutes,
            @Schema(description = "What this line costs, EUR", example = "4303.50") BigDecimal amount) {
    }

    public Statement issued(Instant at, String by) {
        return new Statement(contract, month, Status.ISSUED, at, by, hostTown, clientTown, serviceCenter, billedFrom,
                billedUntil, billedDays, daysInMonth, costModel, allocation, lines, total, currency);
    }
}
