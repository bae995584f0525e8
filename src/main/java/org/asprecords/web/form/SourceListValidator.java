package org.asprecords.web.form;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Checks {@link SourceList} line by line.
 */
class SourceListValidator implements ConstraintValidator<SourceList, String> {

	private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

	private static final int MAX_LINE = 2000;

	private boolean urlsOnly;

	@Override
	public void initialize(SourceList annotation) {
		this.urlsOnly = annotation.urlsOnly();
	}

	@Override
	public boolean isValid(String value, ConstraintValidatorContext context) {
		if (value == null) {
			return true;
		}
		return Lines.of(value).stream().allMatch(this::isSource);
	}

	private boolean isSource(String line) {
		if (line.length() > MAX_LINE) {
			return false;
		}
		if (!SCHEME.matcher(line).find()) {
			return !this.urlsOnly;
		}
		String lower = line.toLowerCase(Locale.ROOT);
		if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
			return false;
		}
		try {
			URI uri = new URI(line);
			return uri.getHost() != null && !line.contains(" ");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
