package de.servicecenter.contact.planning;

import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A town a host might take over, described by what it expects: the question of a what-if. */
@Schema(name = "CooperationRequest", description = "A town the host might serve: its expected calls a month, the "
        + "service areas, optionally the hours its calls are taken in and whose calls its day looks like")
public record CooperationRequest(
        @TenantSlug
        @Schema(nullable = true, example = "castrop-rauxel", description = "The town, for the answer; when the center "
                + "serves it already, its calls are taken out of today's load")
        String town,

        @NotNull @Min(1) @Max(1_000_000)
        @Schema(required = true, example = "4000", description = "The town's expected phone calls a month")
        Integer callsPerMonth,

        @NotEmpty @Size(max = 20)
        @Schema(required = true, example = "[\"buergerbuero\", \"ordnungswesen\"]",
                description = "The service areas it would hand over (codes of the catalog)")
        List<@NotNull @TenantSlug String> serviceAreas,

        @TenantSlug
        @Schema(nullable = true, example = "bochum", description = "A town whose calls at this center the new town's "
                + "week is expected to look like; when omitted, the center's own calls in those areas")
        String profileFrom,

        @Size(max = 14)
        @Schema(nullable = true, description = "The hours the town's calls are taken in, within the center's; "
                + "the center's hours when omitted")
        List<@NotNull @Valid Hours> hours,

        @Valid
        @Schema(nullable = true, description = "The service level to staff for; 80 % within 20 s when omitted")
        Target target,

        @Schema(nullable = true, example = "ERLANG_A", description = "The queueing model; Erlang A when callers hang "
                + "up in the history, Erlang C otherwise, when omitted")
        QueueModelName model,

        @DecimalMin("0") @DecimalMax("0.9") @Digits(integer = 1, fraction = 3)
        @Schema(nullable = true, example = "0.3", description = "Share of paid hours not on the phone; 0.3 when "
                + "omitted")
        BigDecimal shrinkage,

        @Min(1) @Max(60)
        @Schema(nullable = true, example = "39", description = "Paid hours of a full-time post a week; 39 when omitted")
        Integer weeklyHours,

        @Valid
        @Schema(nullable = true, description = "Prices to cost the year with; when omitted, each price of the "
                + "center's contracts (the latest contract that has it)")
        Prices prices) {

    /** Days and clock times, e.g. Monday to Friday 08:00 to 16:00. */
    @Schema(name = "CooperationHours")
    public record Hours(
            @NotEmpty @Size(max = 7)
            @Schema(required = true, description = "The weekdays these hours apply on",
                    example = "[\"MONDAY\", \"TUESDAY\", \"WEDNESDAY\", \"THURSDAY\", \"FRIDAY\"]")
            List<@NotNull DayOfWeek> days,
            @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):(00|30)", message = "must be a time on the half-hour, HH:00 or HH:30")
            @Schema(required = true, description = "Berlin clock time from which calls are taken", example = "08:00") String opens,
            @NotNull @Pattern(regexp = "([01][0-9]|2[0-3]):(00|30)|24:00", message = "must be a time on the half-hour, HH:00 or HH:30, or 24:00")
            @Schema(required = true, description = "Berlin clock time until which calls are taken", example = "16:00") String closes) {
    }

    @Schema(name = "ServiceTarget")
    public record Target(
            @NotNull @DecimalMin("0.01") @DecimalMax("0.99") @Digits(integer = 1, fraction = 3)
            @Schema(required = true, example = "0.8", description = "Share of calls to answer in time")
            BigDecimal share,
            @NotNull @Min(1) @Max(600)
            @Schema(required = true, example = "20", description = "The seconds that count as in time")
            Integer withinSeconds) {
    }

    @Schema(name = "CooperationPrices", description = "Any may be left out; that cost model is then not priced")
    public record Prices(
            @Positive @Digits(integer = 10, fraction = 2)
            @Schema(nullable = true, example = "62000.00", description = "Annual cost of a full-time post, EUR")
            BigDecimal annualCostPerFte,
            @Positive @Digits(integer = 6, fraction = 4)
            @Schema(nullable = true, example = "2.85", description = "Price per answered call, EUR")
            BigDecimal pricePerCall,
            @Positive @Digits(integer = 6, fraction = 4)
            @Schema(nullable = true, example = "0.95", description = "Price per handled minute, EUR")
            BigDecimal pricePerMinute,
            @Positive @Digits(integer = 10, fraction = 2)
            @Schema(nullable = true, example = "4500.00", description = "Flat fee per month, EUR")
            BigDecimal flatFeePerMonth) {
    }
}
