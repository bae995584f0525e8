package org.asprecords.importer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/**
 * An amount of euros as the budget form takes it: not negative, at most two decimals and
 * twelve digits before the point (the {@code numeric(14, 2)} columns). Both checks read
 * only the number's precision and scale, so a value such as {@code 1e999999999} is
 * refused without ever being written out in full.
 */
@Documented
@DecimalMin("0")
@Digits(integer = 12, fraction = 2)
@Constraint(validatedBy = {})
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@interface Amount {

	String message() default "";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
