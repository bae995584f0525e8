package org.asprecords.search;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import org.asprecords.session.SessionKind;
import org.asprecords.session.SessionNames;
import org.asprecords.session.SessionRef;
import org.asprecords.web.CountryNames;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words a record is listed by in the search and the feeds, in the visitor's language:
 * the title SQL gives ({@link SearchKind}), or, for kinds whose title is made of words (a
 * session's name, an election's body, a budget's year), one made from its label; and the
 * session it belongs to, named from the columns of {@link #SESSION_COLUMNS}, read with
 * the record (loading the sessions once more cost a search a statement and a tenth of its
 * CPU).
 */
@Component
class RecordTitles {

	/**
	 * What names a listed record's session, from {@link #sessionJoin(String)}: read by
	 * {@link #session(ResultSet)}.
	 */
	static final String SESSION_COLUMNS = "ns.slug session_slug, ns.kind session_kind, ns.number session_number,"
			+ " ns.resumption session_resumption, ns.start_date session_start";

	/**
	 * Joins the session of rows that name it in their {@code session_id} (the session
	 * itself, for a session), to a query whose rows are known as {@code alias}.
	 */
	static String sessionJoin(String alias) {
		return " left join assembly_session ns on ns.id = " + alias + ".session_id";
	}

	private final SessionNames sessionNames;

	private final MessageSource messages;

	private final CountryNames countries;

	RecordTitles(SessionNames sessionNames, MessageSource messages, CountryNames countries) {
		this.sessionNames = sessionNames;
		this.messages = messages;
		this.countries = countries;
	}

	/** The session a row of a query with {@link #SESSION_COLUMNS} names, or null. */
	static Session session(ResultSet row) throws SQLException {
		String slug = row.getString("session_slug");
		if (slug == null) {
			return null;
		}
		Date start = row.getDate("session_start");
		return new Session(
				new SessionRef(slug, SessionKind.valueOf(row.getString("session_kind")),
						(Integer) row.getObject("session_number"), (Integer) row.getObject("session_resumption")),
				(start != null) ? start.toLocalDate() : null);
	}

	/**
	 * @param title the title SQL gave, or null
	 * @param label what the title is made from where SQL gives none, or the ISO code of
	 * the State that names a State or a statement
	 * @param session the record's session, or the session itself; null for none
	 */
	Titled of(SearchKind kind, String title, String label, Session session) {
		String sessionName = (session != null) ? this.sessionNames.nameWithYear(session.ref(), session.start()) : null;
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
	 * A listed record's session, as its title names it.
	 *
	 * @param ref what names it
	 * @param start when it began, or null
	 */
	public record Session(SessionRef ref, LocalDate start) {

	}

	/**
	 * @param title what the record is called
	 * @param session the name of its session, or null (for a session itself, and for
	 * records of no session)
	 */
	public record Titled(String title, String session) {

	}

}
