package de.servicecenter.routing.ruleset;

import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When a rule applies; every condition given must hold, none given means always. */
@Schema(name = "RuleConditions", description = "All given conditions must hold; an empty object always holds")
public record ConditionDefinition(
        @Size(max = 50)
        @Schema(nullable = true, example = "[\"buergerbuero\", \"ordnungswesen\"]", description = "The caller chose one of these areas")
        List<@TenantSlug String> serviceAreas,

        @Valid
        @Schema(nullable = true, description = "Only while this schedule is open")
        ScheduleReference insideSchedule,

        @Valid
        @Schema(nullable = true, description = "Only while this schedule is closed")
        ScheduleReference outsideSchedule,

        @Schema(nullable = true, example = "true",
                description = "true: only on public holidays of the town's state; false: never on them")
        Boolean publicHoliday,

        @Schema(nullable = true, example = "2015-09-01", description = "From this day on (Europe/Berlin)")
        LocalDate from,

        @Schema(nullable = true, example = "2016-08-31", description = "Until this day, inclusive (e.g. the end of a pilot phase)")
        LocalDate until,

        @PositiveOrZero @Max(3600)
        @Schema(nullable = true, example = "120", description = "Only when the phone system reports the target queue's current wait "
                + "above this many seconds")
        Integer queueWaitAbove) {

    public static final ConditionDefinition ALWAYS = new ConditionDefinition(null, null, null, null, null, null, null);

    public List<String> serviceAreasOrEmpty() {
        return serviceAreas == null ? List.of() : serviceAreas;
    }
}
