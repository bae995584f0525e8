package org.asprecords.statement;

import org.asprecords.web.CountryNames;
import org.asprecords.web.TemplateObject;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who delivered a statement, in words, in the visitor's language: "Beatriz Borges (Centro
 * de Justicia y Paz)", "Costa Rica on behalf of 48 states", "Civil society
 * representatives". Templates call it as {@code ${#statementNames.speaker(statement)}};
 * the statement's speakers (with their persons) and organizations must be loaded.
 */
@Component("statementNames")
public class StatementNames implements TemplateObject {

	private final MessageSource messages;

	private final CountryNames countries;

	StatementNames(MessageSource messages, CountryNames countries) {
		this.messages = messages;
		this.countries = countries;
	}

	/**
	 * The named speakers with their organizations, else the speaking State, else the
	 * label the source gives, else the organizations; then on whose behalf, unless that
	 * only repeats an organization already named.
	 */
	public String speaker(Statement statement) {
		return speaker(Speakers.of(statement));
	}

	/**
	 * The same, from the names a query read ({@link SessionStatements}).
	 */
	public String speaker(Speakers speakers) {
		List<String> organizations = speakers.organizations();
		String who;
		if (!speakers.people().isEmpty()) {
			String people = join(speakers.people());
			who = organizations.isEmpty() ? people
					: message("statement.speaker.with-organizations", people, join(organizations));
		}
		else if (speakers.state() != null) {
			who = this.countries.name(speakers.stateCode(), speakers.state());
		}
		else if (speakers.label() != null) {
			who = speakers.label();
		}
		else if (!organizations.isEmpty()) {
			who = join(organizations);
		}
		else {
			who = message("statement.speaker.unknown");
		}
		String onBehalf = speakers.onBehalf();
		if (onBehalf == null || onBehalf.equals(who) || organizations.contains(onBehalf)) {
			return who;
		}
		return message("statement.speaker.on-behalf", who, onBehalf);
	}

	/**
	 * "A", "A and B", "A, B and C".
	 */
	private String join(List<String> names) {
		if (names.size() == 1) {
			return names.get(0);
		}
		String head = names.get(0);
		for (int i = 1; i < names.size() - 1; i++) {
			head = message("statement.speaker.list", head, names.get(i));
		}
		return message("statement.speaker.and", head, names.get(names.size() - 1));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	@Override
	public String templateName() {
		return "statementNames";
	}

}
