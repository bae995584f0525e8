package org.asprecords.search;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;
import org.asprecords.session.SessionNames;
import org.asprecords.web.CountryNames;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words a record is listed by in the search and the feeds, in the visitor's language:
 * the title SQL gives ({@link SearchKind}), or, for kinds whose title is made of words (a
 * session's name, an election's body, a budget's year), one made from its label; and the
 * session it belongs to.
 */
@Component
class RecordTitles {

	private final Sessions sessions;

	private final SessionNames sessionNames;

	private final MessageSource messages;

	private final CountryNames countries;

	RecordTitles(Sessions sessions, SessionNames sessionNames, MessageSource messages, CountryNames countries) {
		this.sessions = sessions;
		this.sessionNames = sessionNames;
		this.messages = messages;
		this.countries = countries;
	}

	/**
	 * The sessions of a list of records, loaded at once.
	 */
	Map<Long, AssemblySession> sessionsOf(Collection<Long> sessionIds) {
		Long[] ids = sessionIds.stream().filter(Objects::nonNull).distinct().toArray(Long[]::new);
		if (ids.length == 0) {
			return Map.of();
		}
		return this.sessions.byIds(ids).stream().collect(Collectors.toMap(AssemblySession::getId, Function.identity()));
	}

	/**
	 * @param title the title SQL gave, or null
	 * @param label what the title is made from where SQL gives none, or the ISO code of
	 * the State that names a State or a statement
	 * @param session the record's session, or the session itself; null for none
	 */
	Titled of(SearchKind kind, String title, String label, AssemblySession session) {
		String sessionName = (session != null) ? this.sessionNames.nameWithYear(session) : null;
		return switch (kind) {
			case SESSION -> new Titled(sessionName, null);
			case ELECTION -> new Titled(message("election.body." + label), sessionName);
			case BUDGET -> new Titled(message("session.budget.for", Integer.valueOf(label)), sessionName);
			// the label of a State, or of a statement a State delivered, is its ISO code
			case STATE, STATEMENT -> new Titled(this.countries.name(label, title), sessionName);
			default -> new Titled(title, sessionName);
		};
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/**
	 * @param title what the record is called
	 * @param session the name of its session, or null (for a session itself, and for
	 * records of no session)
	 */
	public record Titled(String title, String session) {

	}

}
