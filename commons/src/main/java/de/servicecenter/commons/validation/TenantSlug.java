package de.servicecenter.commons.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tenant id: a lower-case slug such as {@code castrop-rauxel} or {@code kreis-soest}. Umlauts are written
 * out (ü → ue) so the id works in URLs, token claims and SIP headers alike.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*")
@Size(min = 2, max = 63)
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TenantSlug {

    String message() default "must be a lower-case slug of 2 to 63 letters, digits and single dashes, e.g. castrop-rauxel";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
