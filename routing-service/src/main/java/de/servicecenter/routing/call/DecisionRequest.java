package de.servicecenter.routing.call;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import de.servicecenter.commons.input.BerlinDateTime;
import de.servicecenter.commons.validation.PhoneNumber;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DecisionRequest", description = "A call the phone system needs to place")
public record DecisionRequest(
        @NotNull @PhoneNumber @Schema(description = "The number the citizen dialled, E.164", required = true,
                example = "+4923051060")
        String dialledNumber,
        @Pattern(regexp = "[0-9*#]", message = "must be one key: 0-9, * or #")
        @Schema(nullable = true, example = "1",
                description = "The key pressed in the phone menu; omitted when none was")
        String menuOption,
        @JsonDeserialize(using = BerlinDateTime.class)
        @Schema(nullable = true, example = "2026-11-23T10:00:00+01:00", description = "When; now when omitted. With "
                + "offset, or Berlin wall-clock time without (2026-11-23T10:00), as in query parameters")
        OffsetDateTime at,
        @PositiveOrZero @Max(86_400)
        @Schema(nullable = true, example = "45", description = "Current wait in the target queue, seconds, if known")
        Integer queueWaitSeconds) {
}
