package org.asprecords.citation;

import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.election.Election;
import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.Decision;
import org.asprecords.outcome.Policy;
import org.asprecords.outcome.SideEvent;
import org.asprecords.resolution.Resolution;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.DatePrecision;
import org.asprecords.session.SessionNames;
import org.asprecords.statement.Statement;
import org.asprecords.statement.StatementNames;
import org.asprecords.web.Formats;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.RecordPaths.SessionPart;
import org.asprecords.web.api.Links;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The citation of each kind of record, from the record as its page loaded it (nothing
 * more is read: the page's fragment calls {@code ${@citations.of(record)}}). Titles the
 * portal composes (a budget's, an election's) are in the visitor's language; the record's
 * own texts stay as recorded.
 */
@Component("citations")
public class Citations {

	private final MessageSource messages;

	private final Formats formats;

	private final SessionNames sessionNames;

	private final StatementNames statementNames;

	Citations(MessageSource messages, Formats formats, SessionNames sessionNames, StatementNames statementNames) {
		this.messages = messages;
		this.formats = formats;
		this.sessionNames = sessionNames;
		this.statementNames = statementNames;
	}

	/**
	 * The citation of the record a page shows, whatever its kind.
	 * @throws IllegalArgumentException if the record is not one of the Assembly's
	 */
	public Citation of(Object record) {
		if (record instanceof AssemblySession session) {
			return session(session);
		}
		if (record instanceof Resolution resolution) {
			return resolution(resolution);
		}
		if (record instanceof Election election) {
			return election(election);
		}
		if (record instanceof ProgrammeBudget budget) {
			return budget(budget);
		}
		if (record instanceof Statement statement) {
			return statement(statement);
		}
		if (record instanceof Amendment amendment) {
			return amendment(amendment);
		}
		if (record instanceof Policy policy) {
			return policy(policy);
		}
		if (record instanceof Decision decision) {
			return decision(decision);
		}
		if (record instanceof SideEvent event) {
			return sideEvent(event);
		}
		throw new IllegalArgumentException("Not a record of the Assembly: " + record);
	}

	/** A session cites itself: its name is the title, its dates the date. */
	Citation session(AssemblySession session) {
		CitedDate dates = datesOf(session);
		// As its page says it ("from 28 November 2005") when the last day is not recorded
		String datesText = (dates != null && !dates.monthOnly() && session.getEndDate() == null)
				? message("session.dates.from", this.formats.date(dates.start())) : text(dates);
		return cite(CitationKind.SESSION, RecordPaths.session(session.getSlug()), assembly(),
				this.sessionNames.name(session), null, null, session, dates, datesText, null);
	}

	Citation resolution(Resolution resolution) {
		return inSession(CitationKind.RESOLUTION, RecordPaths.resolution(resolution.getSymbol()), assembly(),
				resolution.getTitle(), resolution.getSymbol(), resolution.getSession(),
				CitedDate.day(resolution.getAdoptedOn()), null);
	}

	Citation election(Election election) {
		AssemblySession session = election.getSession();
		return inSession(CitationKind.ELECTION, RecordPaths.election(session.getSlug(), election.getSlug()), assembly(),
				message("citation.title.election", message("election.body." + election.getBody())), null, session,
				CitedDate.span(election.getHeldOn(), election.getHeldUntil()), null);
	}

	Citation budget(ProgrammeBudget budget) {
		return inSession(CitationKind.BUDGET, RecordPaths.budget(budget.getYear()), assembly(),
				message("budget.title", budget.getYear()), null, budget.getSession(), null, budget.getResolution());
	}

	/**
	 * A statement is its speaker's: the speaker is its author, and a statement whose
	 * speaker is not recorded is cited without one.
	 */
	Citation statement(Statement statement) {
		AssemblySession session = statement.getSession();
		String title = (statement.getSegment() != null)
				? message("citation.title.statement", message("statement.segment." + statement.getSegment()))
				: genre(CitationKind.STATEMENT);
		return inSession(CitationKind.STATEMENT, RecordPaths.statement(session.getSlug(), statement.getSlug()),
				speakerRecorded(statement) ? this.statementNames.speaker(statement) : null, title, null, session,
				CitedDate.day(statement.getDeliveredOn()), null);
	}

	private static boolean speakerRecorded(Statement statement) {
		return !statement.getSpeakers().isEmpty() || statement.getSpeakerState() != null
				|| statement.getSpeakerLabel() != null || !statement.getOrganizations().isEmpty();
	}

	Citation amendment(Amendment amendment) {
		String instrument = message("amendment.instrument." + amendment.getInstrument());
		String heading = (amendment.getProvision() != null)
				? message("amendment.heading", instrument, amendment.getProvision()) : instrument;
		return inSession(CitationKind.AMENDMENT,
				outcomePath(amendment.getSession(), SessionPart.AMENDMENTS, amendment.getSlug()), assembly(),
				message("amendment.title", heading), null, amendment.getSession(),
				CitedDate.day(amendment.getAdoptedOn()), amendment.getResolution());
	}

	Citation policy(Policy policy) {
		return inSession(CitationKind.POLICY, outcomePath(policy.getSession(), SessionPart.POLICIES, policy.getSlug()),
				assembly(), policy.getName(), null, policy.getSession(), CitedDate.day(policy.getAdoptedOn()),
				policy.getResolution());
	}

	/**
	 * A decision records when it takes effect, not when it was taken: no date is cited.
	 */
	Citation decision(Decision decision) {
		return inSession(CitationKind.DECISION,
				outcomePath(decision.getSession(), SessionPart.DECISIONS, decision.getSlug()), assembly(),
				decision.getTitle(), null, decision.getSession(), null, decision.getResolution());
	}

	Citation sideEvent(SideEvent event) {
		return inSession(CitationKind.SIDE_EVENT,
				outcomePath(event.getSession(), SessionPart.SIDE_EVENTS, event.getSlug()), assembly(), event.getTitle(),
				null, event.getSession(), CitedDate.day(event.getHeldOn()), null);
	}

	private Citation inSession(CitationKind kind, String path, String author, String title, String number,
			AssemblySession session, CitedDate issued, Resolution adoptedBy) {
		String name = this.sessionNames.name(session);
		String note = (adoptedBy != null) ? message("citation.adopted-by", adoptedBy.getSymbol()) : null;
		return cite(kind, path, author, title, number, name, session, issued, text(issued), note);
	}

	private Citation cite(CitationKind kind, String path, String author, String title, String number,
			String sessionName, AssemblySession session, CitedDate issued, String issuedText, String note) {
		String place = placeOf(session);
		CitedDate sessionDate = datesOf(session);
		String url = Links.absolute(path);
		String text = text(author, title, number, Citation.meeting(sessionName, place, sessionDate), issuedText, url);
		return new Citation(kind, key(path), path, url, author, title, number, sessionName, place, sessionDate, issued,
				genre(kind), note, text);
	}

	/**
	 * "Author, “Title”, symbol, session, date. Available at: URL", leaving out what is
	 * not recorded. The address comes last and alone, so that copying it takes no
	 * punctuation along.
	 */
	private String text(String author, String title, String number, String session, String date, String url) {
		String quoted = (title != null) ? message("citation.quoted", title) : null;
		return join(", ", author, quoted, number, session, date) + ". " + message("citation.available", url);
	}

	private String text(CitedDate date) {
		if (date == null) {
			return null;
		}
		if (date.monthOnly()) {
			return this.formats.month(date.start());
		}
		return this.formats.dateRange(date.start(), date.end());
	}

	private static CitedDate datesOf(AssemblySession session) {
		if (session.getStartPrecision() == DatePrecision.MONTH) {
			return CitedDate.month(session.getStartDate());
		}
		return (session.getStartDate() != null) ? CitedDate.span(session.getStartDate(), session.getEndDate()) : null;
	}

	/** The city, as citations name where a meeting took place; else what is recorded. */
	private static String placeOf(AssemblySession session) {
		return Stream.of(session.getCity(), session.getCountry(), session.getVenue())
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private static String outcomePath(AssemblySession session, SessionPart part, String slug) {
		return RecordPaths.sessionPart(session.getSlug(), part, slug);
	}

	/** "asp-resolutions-icc-asp-22-res-4": letters, digits and hyphens only. */
	static String key(String path) {
		return "asp-" + path.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private String assembly() {
		return message("citation.author.assembly");
	}

	private String genre(CitationKind kind) {
		return message("citation.genre." + kind);
	}

	private static String join(String separator, String... parts) {
		return Stream.of(parts).filter(Objects::nonNull).collect(Collectors.joining(separator));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
