package org.asprecords.web.form;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link PlausibleDate}.
 */
class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, LocalDate> {

	static final int FIRST_YEAR = 1900;

	static final int LAST_YEAR = 2100;

	@Override
	public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
		return value == null || (value.getYear() >= FIRST_YEAR && value.getYear() <= LAST_YEAR);
	}

}
