package de.servicecenter.commons.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A phone number in E.164: a plus sign, the country code and the subscriber number, no spaces or dashes,
 * at most 15 digits — e.g. {@code +4923051060} for Castrop-Rauxel's Rathaus (02305 106-0).
 * The phone system compares numbers in this form, so it is the only one accepted.
 */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = "\\+[1-9][0-9]{6,14}")
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@jakarta.validation.ReportAsSingleViolation
public @interface PhoneNumber {

    String message() default "must be an E.164 phone number such as +4923051060 (plus sign, country code, no spaces)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
