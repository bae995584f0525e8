package org.asprecords.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Objects;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The password of the annotated form was typed the same way twice; the error goes next to
 * the confirmation field.
 */
@Documented
@Constraint(validatedBy = ConfirmedPassword.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConfirmedPassword {

	String message() default "{account.password.confirmation-differs}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * A form with a new password and its confirmation.
	 */
	interface Form {

		String password();

		String confirmation();

	}

	class Validator implements ConstraintValidator<ConfirmedPassword, Form> {

		@Override
		public boolean isValid(Form form, ConstraintValidatorContext context) {
			if (form == null || Objects.equals(form.password(), form.confirmation())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("confirmation")
				.addConstraintViolation();
			return false;
		}

	}

}
