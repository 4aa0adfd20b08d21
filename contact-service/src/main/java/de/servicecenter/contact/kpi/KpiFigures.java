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
        @Schema(nullable = true, example = "2026-10-25", description = "The group: a Berlin day, an hour with offset, an area, a "
                + "town or a channel; null for the period's total")
        String group,
        @Schema(description = "Contacts offered: answered, abandoned after the short-abandon threshold, and short abandons",
                example = "4012")
        long offered,
        @Schema(description = "Calls abandoned within the short-abandon threshold (not counted against the center)",
                example = "41")
        long shortAbandoned,
        @Schema(description = "Contacts answered", example = "3702") long answered,
        @Schema(description = "Calls abandoned after the short-abandon threshold", example = "269") long abandoned,
        @Schema(nullable = true, description = "abandoned / (offered − shortAbandoned); null without such contacts",
                example = "0.0677")
        BigDecimal abandonmentRate,
        @Schema(description = "Share answered within each threshold (20, 30, 60 s)") List<ServiceLevel> serviceLevels,
        @Schema(nullable = true, example = "21.4", description = "Average speed of answer, seconds")
        BigDecimal averageSpeedOfAnswerSeconds,
        @Schema(nullable = true, example = "251.2", description = "Average handling time (talk + wrap-up), seconds")
        BigDecimal averageHandlingSeconds,
        @Schema(example = "929940", description = "Talk + wrap-up of answered contacts, seconds") long handledSeconds,
        @Schema(description = "Answered contacts resolved without forwarding or callback", example = "2481")
        long resolvedAtFirstContact,
        @Schema(example = "3650", description = "Answered contacts that were not wrong numbers")
        long firstContactEligible,
        @Schema(nullable = true, description = "resolvedAtFirstContact / firstContactEligible; null without eligible contacts",
                example = "0.6797")
        BigDecimal firstContactResolutionRate) {

    @Schema(name = "ServiceLevel")
    public record ServiceLevel(
            @Schema(description = "The threshold, seconds", example = "30") int thresholdSeconds,
            @Schema(description = "Calls answered within it", example = "2963") long answeredWithin,
            @Schema(nullable = true, description = "answeredWithin / (offered − shortAbandoned); null without such calls",
                    example = "0.7474")
            BigDecimal rate) {
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
