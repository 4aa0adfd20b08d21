package de.servicecenter.contact.handoff;

import de.servicecenter.commons.validation.PhoneNumber;
import de.servicecenter.commons.validation.TenantSlug;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A question the agent could not answer, handed to the caller's town. The surname, postal code and street only find
 * the responsible unit (as in "put through to whom?") and are not kept.
 */
@Schema(name = "HandoffRequest", description = "A question handed over to the town's responsible unit")
public record HandoffRequest(
        @NotNull @TenantSlug
        @Schema(required = true, example = "castrop-rauxel", description = "The caller's town, from the call tag")
        String town,

        @NotNull @TenantSlug
        @Schema(required = true, example = "servicecenter-bochum", description = "The service center that took the call")
        String serviceCenter,

        @NotNull @TenantSlug
        @Schema(required = true, example = "buergerbuero", description = "Service-area code of the concern")
        String serviceArea,

        @Pattern(regexp = "[0-9]{14}", message = "must be a LeiKa key of 14 digits")
        @Schema(nullable = true, example = "99115005104000", description = "LeiKa key of the service asked about")
        String leikaKey,

        @NotBlank @Size(max = QUESTION_MAX_LENGTH)
        @Schema(required = true, maxLength = QUESTION_MAX_LENGTH, example = "Wann wird die Geburtsurkunde für das im "
                + "Oktober geborene Kind zugeschickt? Der Antrag wurde am 12.10. gestellt.",
                description = "The citizen's question, as the unit needs it to answer; stored encrypted")
        String question,

        @Size(max = 100)
        @Schema(nullable = true, maxLength = 100, example = "Frau Beispiel", description = "How the caller wants to be "
                + "addressed; stored encrypted")
        String callerName,

        @PhoneNumber
        @Schema(nullable = true, example = "+4923051234567", description = "Number to call back (E.164); only with "
                + "callbackConsent; stored encrypted")
        String callbackNumber,

        @Schema(nullable = true, example = "true", description = "The caller agreed to be called back at "
                + "callbackNumber about this question (required with a number)")
        Boolean callbackConsent,

        @Size(max = 100)
        @Schema(nullable = true, example = "Yılmaz", description = "Only to find the unit where the town splits by "
                + "surname; not stored")
        String surname,

        @Pattern(regexp = "[0-9]{5}", message = "must be a postal code of 5 digits")
        @Schema(nullable = true, example = "44575", description = "Only to find the unit where the town splits by "
                + "postal code; not stored")
        String postalCode,

        @Size(max = 100)
        @Schema(nullable = true, example = "Europaplatz", description = "Only to find the unit where the town splits "
                + "by street; not stored")
        String street,

        @Schema(nullable = true, example = "0193a1d0-7c1e-7a41-9c2f-5b0e4d3a2f10",
                description = "The logged contact this handoff follows (outcome CALLBACK_PROMISED or FORWARDED)")
        UUID contact) {

    public static final int QUESTION_MAX_LENGTH = 2000;
}
