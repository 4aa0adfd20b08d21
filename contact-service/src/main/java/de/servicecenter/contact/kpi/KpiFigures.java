package de.servicecenter.contact.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The KPIs of a set of contacts (a period, or one group of it), with the counts they are computed from, so that
 * anyone can check them. Rates are fractions (0.7512 = 75.12 %), null where nothing was there to divide by.
 */
@Schema(name = "KpiFigures", description = """
        Definitions: offered = every contact; shortAbandoned = abandoned after waiting less than shortAbandonSeconds \
        (excluded from everything else); answered = every outcome but ABANDONED; abandoned = the other abandoned \
        contacts. serviceLevel = answered within the threshold / (answered + abandoned); abandonmentRate = \
        abandoned / (answered + abandoned); averageSpeedOfAnswer = waiting of answered / answered; \
        averageHandlingTime = (talk + wrap-up) of answered / answered; firstContactResolution = RESOLVED / \
        (answered - WRONG_NUMBER).""")
public record KpiFigures(
        @Schema(example = "2026-10-25", description = "The group: a Berlin day, an hour with offset, an area, a "
                + "town or a channel; absent for the period's total")
        String group,
        @Schema(example = "4012") long offered,
        @Schema(example = "41") long shortAbandoned,
        @Schema(example = "3702") long answered,
        @Schema(example = "269") long abandoned,
        @Schema(example = "0.0677") BigDecimal abandonmentRate,
        List<ServiceLevel> serviceLevels,
        @Schema(example = "21.4", description = "Average speed of answer, seconds") BigDecimal averageSpeedOfAnswerSeconds,
        @Schema(example = "251.2", description = "Average handling time (talk + wrap-up), seconds")
        BigDecimal averageHandlingSeconds,
        @Schema(example = "929940", description = "Talk + wrap-up of answered contacts, seconds") long handledSeconds,
        @Schema(example = "2481") long resolvedAtFirstContact,
        @Schema(example = "3650", description = "Answered contacts that were not wrong numbers")
        long firstContactEligible,
        @Schema(example = "0.6797") BigDecimal firstContactResolutionRate) {

    @Schema(name = "ServiceLevel")
    public record ServiceLevel(
            @Schema(example = "30") int thresholdSeconds,
            @Schema(example = "2963") long answeredWithin,
            @Schema(example = "0.7474") BigDecimal rate) {
    }

    static KpiFigures of(String group, KpiCounts counts, List<Integer> thresholds) {
        long handledOrAbandoned = counts.answered() + counts.abandoned();
        List<ServiceLevel> levels = new ArrayList<>(thresholds.size());
        for (int i = 0; i < thresholds.size(); i++) {
            levels.add(new ServiceLevel(thresholds.get(i), counts.answeredWithin()[i],
                    rate(counts.answeredWithin()[i], handledOrAbandoned)));
        }
        long eligible = counts.answered() - counts.wrongNumber();
        return new KpiFigures(group, counts.offered(), counts.shortAbandoned(), counts.answered(), counts.abandoned(),
                rate(counts.abandoned(), handledOrAbandoned), levels,
                average(counts.waitingSecondsAnswered(), counts.answered()),
                average(counts.handledSeconds(), counts.answered()), counts.handledSeconds(), counts.resolved(),
                eligible, rate(counts.resolved(), eligible));
    }

    public static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
    }

    public static BigDecimal average(long sum, long count) {
        return count == 0 ? null : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
    }
}
