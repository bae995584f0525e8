package org.asprecords.statement;

import java.util.List;

import org.asprecords.organization.Organization;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who delivered a statement, in words, in the visitor's language: "Beatriz Borges (Centro
 * de Justicia y Paz)", "Costa Rica on behalf of 48 states", "Civil society
 * representatives". Templates call it as {@code ${@statementNames.speaker(statement)}};
 * the statement's speakers (with their persons) and organizations must be loaded.
 */
@Component("statementNames")
public class StatementNames {

	private final MessageSource messages;

	StatementNames(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The named speakers with their organizations, else the speaking State, else the
	 * label the source gives, else the organizations; then on whose behalf, unless that
	 * only repeats an organization already named.
	 */
	public String speaker(Statement statement) {
		List<String> organizations = statement.getOrganizations().stream().map(Organization::getName).toList();
		String who;
		if (!statement.getSpeakers().isEmpty()) {
			String people = join(
					statement.getSpeakers().stream().map((speaker) -> speaker.getPerson().getName()).toList());
			who = organizations.isEmpty() ? people
					: message("statement.speaker.with-organizations", people, join(organizations));
		}
		else if (statement.getSpeakerState() != null) {
			who = statement.getSpeakerState().getName();
		}
		else if (statement.getSpeakerLabel() != null) {
			who = statement.getSpeakerLabel();
		}
		else if (!organizations.isEmpty()) {
			who = join(organizations);
		}
		else {
			who = message("statement.speaker.unknown");
		}
		String onBehalf = statement.getOnBehalfLabel();
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

}
