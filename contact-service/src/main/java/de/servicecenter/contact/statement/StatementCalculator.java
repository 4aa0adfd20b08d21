package de.servicecenter.contact.statement;

import de.servicecenter.commons.contract.CostModel;
import de.servicecenter.commons.contract.CostModelType;
import de.servicecenter.commons.tenancy.DelegationGrant;
import de.servicecenter.openinghours.DayRange;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Turns a month's counts into the amount due under a contract's cost model, to the cent:
 * <ul>
 *   <li>FTE_SHARE: posts × annual cost per post ÷ 12, pro rata for the days the contract was in force;</li>
 *   <li>FLAT_FEE: the monthly fee, pro rata likewise;</li>
 *   <li>PER_CALL: price × answered contacts;</li>
 *   <li>PER_MINUTE: price × handled seconds ÷ 60 (talk and wrap-up, summed before rounding).</li>
 * </ul>
 * The total is rounded half up once; the lines share it by the largest-remainder method, so they add up exactly.
 */
final class StatementCalculator {

    static final int MONEY_SCALE = 2;

    private StatementCalculator() {
    }

    /** One line's counts as the database gives them. */
    record Counts(String serviceArea, long contacts, long answered, long handledSeconds) {
    }

    static Statement compute(DelegationGrant contract, YearMonth month, List<Counts> counts) {
        DayRange billed = contract.term().within(month).orElseThrow(() -> new IllegalArgumentException(
                "contract " + contract.contractId() + " was not in force in " + month));
        LocalDate billedFrom = billed.first();
        LocalDate billedUntil = billed.last().orElseThrow(); // within a month: never open-ended
        int billedDays = (int) ChronoUnit.DAYS.between(billedFrom, billedUntil) + 1;
        int daysInMonth = month.lengthOfMonth();

        long contacts = counts.stream().mapToLong(Counts::contacts).sum();
        long answered = counts.stream().mapToLong(Counts::answered).sum();
        long handledSeconds = counts.stream().mapToLong(Counts::handledSeconds).sum();
        CostModel model = contract.costModel();
        BigDecimal exact = switch (model.type()) {
            case FTE_SHARE -> model.fullTimeEquivalents().multiply(model.annualCostPerFte())
                    .multiply(BigDecimal.valueOf(billedDays))
                    .divide(BigDecimal.valueOf(12L * daysInMonth), 10, RoundingMode.HALF_UP);
            case FLAT_FEE -> model.flatFeePerMonth().multiply(BigDecimal.valueOf(billedDays))
                    .divide(BigDecimal.valueOf(daysInMonth), 10, RoundingMode.HALF_UP);
            case PER_CALL -> model.pricePerCall().multiply(BigDecimal.valueOf(answered));
            case PER_MINUTE -> model.pricePerMinute().multiply(BigDecimal.valueOf(handledSeconds))
                    .divide(BigDecimal.valueOf(60), 10, RoundingMode.HALF_UP);
        };
        BigDecimal total = exact.setScale(MONEY_SCALE, RoundingMode.HALF_UP);

        boolean byAnswered = model.type() == CostModelType.PER_CALL
                || handledSeconds == 0;
        long[] weights = counts.stream()
                .mapToLong(line -> byAnswered ? (answered == 0 ? line.contacts() : line.answered()) : line.handledSeconds())
                .toArray();
        BigDecimal[] shares = allocate(total, weights);
        List<Statement.Line> lines = new ArrayList<>(counts.size());
        for (int i = 0; i < counts.size(); i++) {
            Counts line = counts.get(i);
            lines.add(new Statement.Line(contract.clientTenant(), line.serviceArea(), line.contacts(), line.answered(),
                    line.handledSeconds(), minutes(line.handledSeconds()), shares[i]));
        }
        Statement.Line sum = new Statement.Line(contract.clientTenant(), null, contacts, answered, handledSeconds,
                minutes(handledSeconds), total);
        return new Statement(contract.contractId(), month.toString(), Statement.Status.PROVISIONAL, null, null,
                contract.hostTenant(), contract.clientTenant(), contract.serviceCenter(), billedFrom, billedUntil,
                billedDays, daysInMonth, model, byAnswered ? "ANSWERED_CONTACTS" : "HANDLED_SECONDS", lines, sum, "EUR");
    }

    /**
     * Splits {@code total} in proportion to {@code weights}, in cents: each share rounded down, the cents left over
     * to the largest remainders (ties to the earlier line). Without any weight, every share is zero.
     */
    static BigDecimal[] allocate(BigDecimal total, long[] weights) {
        BigDecimal[] shares = new BigDecimal[weights.length];
        BigInteger weightSum = BigInteger.ZERO;
        for (long weight : weights) {
            weightSum = weightSum.add(BigInteger.valueOf(weight));
        }
        if (weightSum.signum() == 0) {
            Arrays.fill(shares, BigDecimal.ZERO.setScale(MONEY_SCALE));
            return shares;
        }
        BigInteger cents = total.movePointRight(MONEY_SCALE).toBigIntegerExact();
        BigInteger[] floor = new BigInteger[weights.length];
        BigInteger[] remainder = new BigInteger[weights.length];
        BigInteger left = cents;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = cents.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(weightSum);
            floor[i] = division[0];
            remainder[i] = division[1];
            left = left.subtract(division[0]);
        }
        List<Integer> byRemainder = IntStream.range(0, weights.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainder[i]).reversed().thenComparing(i -> i))
                .toList();
        for (int k = 0; left.signum() > 0; k++, left = left.subtract(BigInteger.ONE)) {
            int i = byRemainder.get(k);
            floor[i] = floor[i].add(BigInteger.ONE);
        }
        for (int i = 0; i < weights.length; i++) {
            shares[i] = new BigDecimal(floor[i], MONEY_SCALE);
        }
        return shares;
    }

    private static BigDecimal minutes(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
    }
}
