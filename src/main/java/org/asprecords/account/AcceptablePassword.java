package org.asprecords.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated password follows the {@link PasswordPolicy} (length and strength; the
 * rule "not the username" needs the username, so the service checks it). The message is
 * the key of the rule broken.
 */
@Documented
@Constraint(validatedBy = AcceptablePasswordValidator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
public @interface AcceptablePassword {

	String message() default "{account.password.too-common}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

}
