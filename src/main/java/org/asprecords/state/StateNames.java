package org.asprecords.state;

import java.text.Collator;
import java.util.Comparator;

import org.asprecords.web.CountryNames;
import org.asprecords.web.TemplateObject;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A State's name in the visitor's language, from its ISO code ({@link CountryNames}):
 * every template that names a State calls {@code ${#stateNames.name(state)}}, or
 * {@code ${#stateNames.name(code, name)}} with the code and name of a row.
 */
@Component
public class StateNames implements TemplateObject {

	private final CountryNames countries;

	StateNames(CountryNames countries) {
		this.countries = countries;
	}

	public String name(State state) {
		return (state != null) ? this.countries.name(state.getCode(), state.getName()) : null;
	}

	public String name(String code, String name) {
		return this.countries.name(code, name);
	}

	/**
	 * Whether pages name States in another language than the records' own (English).
	 */
	boolean translated() {
		return this.countries.translated();
	}

	/** The visitor's language, which the order of the names depends on. */
	String language() {
		return LocaleContextHolder.getLocale().getLanguage();
	}

	/** States in the alphabetical order of their names in the visitor's language. */
	Comparator<State> alphabetically() {
		Collator collator = Collator.getInstance(LocaleContextHolder.getLocale());
		return Comparator.comparing(this::name, collator);
	}

	@Override
	public String templateName() {
		return "stateNames";
	}

}
