package de.servicecenter.contact.statement;

import static org.assertj.core.api.Assertions.assertThat;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.contact.statement.StatementCalculator.Counts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StatementCalculatorTest {

    private static DelegationGrant contract(CostModel model, LocalDate from, Optional<LocalDate> until) {
        return new DelegationGrant("c-1", "bochum", "castrop-rauxel", "servicecenter-bochum", false,
                Set.of("buergerbuero", "ordnungswesen"), from, until, model);
    }

    private static final List<Counts> OCTOBER = List.of(
            new Counts("buergerbuero", 1200, 1100, 220_000),
            new Counts("ordnungswesen", 400, 380, 61_000));

    @Test
    void fteShareIsAnnualCostOverTwelveMonths() {
        // 1.75 posts × 62,000 EUR ÷ 12 = 9,041.666… → 9,041.67
        Statement statement = StatementCalculator.compute(contract(CostModel.fteShare(new BigDecimal("1.75"),
                new BigDecimal("62000.00")), LocalDate.of(2015, 9, 1), Optional.empty()), YearMonth.of(2026, 10), OCTOBER);

        assertThat(statement.total().amount()).isEqualByComparingTo("9041.67");
        assertThat(statement.billedDays()).isEqualTo(31);
        assertThat(statement.allocation()).isEqualTo("HANDLED_SECONDS");
        // shared by handled seconds, 220,000 : 61,000: 7,078.88… and 1,962.78…; the cent left over to the larger remainder
        assertThat(statement.lines().get(0).amount()).isEqualByComparingTo("7078.89");
        assertThat(statement.lines().get(1).amount()).isEqualByComparingTo("1962.78");
    }

    @Test
    void aContractStartingMidMonthPaysItsDaysOnly() {
        // From 16 February 2026 (28 days): 13 days of 4,500 EUR = 2,089.285… → 2,089.29
        Statement statement = StatementCalculator.compute(contract(CostModel.flatFee(new BigDecimal("4500.00")),
                LocalDate.of(2026, 2, 16), Optional.empty()), YearMonth.of(2026, 2), OCTOBER);

        assertThat(statement.billedFrom()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(statement.billedDays()).isEqualTo(13);
        assertThat(statement.daysInMonth()).isEqualTo(28);
        assertThat(statement.total().amount()).isEqualByComparingTo("2089.29");
    }

    @Test
    void aContractEndingMidMonthPaysUntilItsLastDay() {
        Statement statement = StatementCalculator.compute(contract(CostModel.flatFee(new BigDecimal("3100.00")),
                LocalDate.of(2020, 1, 1), Optional.of(LocalDate.of(2026, 10, 10))), YearMonth.of(2026, 10), OCTOBER);

        assertThat(statement.billedUntil()).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(statement.total().amount()).isEqualByComparingTo("1000.00");
    }

    @Test
    void perCallAndPerMinuteCountAnsweredContactsAndHandledTime() {
        Statement perCall = StatementCalculator.compute(contract(CostModel.perCall(new BigDecimal("2.85")),
                LocalDate.of(2015, 9, 1), Optional.empty()), YearMonth.of(2026, 10), OCTOBER);
        assertThat(perCall.total().amount()).isEqualByComparingTo("4218.00"); // 1,480 × 2.85
        assertThat(perCall.lines().get(0).amount()).isEqualByComparingTo("3135.00");
        assertThat(perCall.allocation()).isEqualTo("ANSWERED_CONTACTS");

        // 281,000 s = 4,683.333… min × 0.95 = 4,449.1666… → 4,449.17
        Statement perMinute = StatementCalculator.compute(contract(CostModel.perMinute(new BigDecimal("0.95")),
                LocalDate.of(2015, 9, 1), Optional.empty()), YearMonth.of(2026, 10), OCTOBER);
        assertThat(perMinute.total().amount()).isEqualByComparingTo("4449.17");
        assertThat(perMinute.total().handledMinutes()).isEqualByComparingTo("4683.33");
        assertThat(perMinute.lines().stream().map(Statement.Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("4449.17");
    }

    @Test
    void allocationHandsTheLeftoverCentsToTheLargestRemainders() {
        BigDecimal[] thirds = StatementCalculator.allocate(new BigDecimal("100.00"), new long[] {1, 1, 1});
        assertThat(Arrays.stream(thirds).map(BigDecimal::toPlainString)).containsExactly("33.34", "33.33", "33.33");

        BigDecimal[] uneven = StatementCalculator.allocate(new BigDecimal("10.00"), new long[] {2, 5, 0, 3});
        assertThat(Arrays.stream(uneven).map(BigDecimal::toPlainString)).containsExactly("2.00", "5.00", "0.00", "3.00");

        BigDecimal[] nothing = StatementCalculator.allocate(new BigDecimal("10.00"), new long[] {0, 0});
        assertThat(Arrays.stream(nothing).map(BigDecimal::toPlainString)).containsExactly("0.00", "0.00");
    }

    @Test
    void aMonthWithoutContactsStillOwesTheFixedFee() {
        Statement statement = StatementCalculator.compute(contract(CostModel.flatFee(new BigDecimal("8500.00")),
                LocalDate.of(2014, 1, 1), Optional.empty()), YearMonth.of(2026, 10), List.of());

        assertThat(statement.lines()).isEmpty();
        assertThat(statement.total().contacts()).isZero();
        assertThat(statement.total().amount()).isEqualByComparingTo("8500.00");
    }
}
