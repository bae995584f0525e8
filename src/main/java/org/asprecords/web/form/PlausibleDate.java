package org.asprecords.web.form;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A date a record can hold: from {@value PlausibleDateValidator#FIRST_YEAR} to
 * {@value PlausibleDateValidator#LAST_YEAR}. A date field reads any ISO date, years of
 * five digits and before the common era included, which the database refuses or no record
 * of the Assembly can have.
 */
@Documented
@Constraint(validatedBy = PlausibleDateValidator.class)
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

	String message() default "{form.date.plausible}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
