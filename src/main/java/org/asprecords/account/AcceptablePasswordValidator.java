package org.asprecords.account;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

class AcceptablePasswordValidator implements ConstraintValidator<AcceptablePassword, String> {

	private final PasswordPolicy policy;

	AcceptablePasswordValidator(PasswordPolicy policy) {
		this.policy = policy;
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		return this.policy.problem(null, value).map((key) -> {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
			return false;
		}).orElse(true);
	}

}
