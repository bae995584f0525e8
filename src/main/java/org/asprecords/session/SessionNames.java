package org.asprecords.session;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.asprecords.web.CountryNames;
import org.asprecords.web.TemplateObject;
import org.asprecords.web.Formats;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A session's name as visitors know it ("22nd session", "19th session, 1st resumption",
 * "Special session S-1", "Review Conference"), in their language. Templates call it as
 * {@code ${#sessionNames.name(session)}}.
 */
@Component("sessionNames")
public class SessionNames implements TemplateObject {

	private final MessageSource messages;

	private final Formats formats;

	private final CountryNames places;

	SessionNames(MessageSource messages, Formats formats, CountryNames places) {
		this.messages = messages;
		this.formats = formats;
		this.places = places;
	}

	/**
	 * Where a session met ("Siège de l’Organisation des Nations Unies, New York,
	 * États-Unis"): its venue, city and country, those known, in the visitor's language
	 * where they have a name in it.
	 */
	public String place(AssemblySession session) {
		return Stream
			.of(this.places.place(session.getVenue()), this.places.place(session.getCity()),
					this.places.country(session.getCountry()))
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
	}

	public String name(AssemblySession session) {
		return name(new SessionRef(session.getSlug(), session.getKind(), session.getNumber(), session.getResumption()));
	}

	/** The name of a session known by what names it, without the session itself. */
	public String name(SessionRef session) {
		String ordinal = (session.number() != null) ? this.formats.ordinalFeminine(session.number()) : "";
		return switch (session.kind()) {
			case REGULAR -> message("session.name.regular", ordinal);
			case RESUMED -> (session.slug().endsWith("-resumed")) ? message("session.name.resumed", ordinal)
					: message("session.name.resumption", ordinal, this.formats.ordinalFeminine(session.resumption()));
			case SPECIAL -> message("session.name.special", session.number());
			case REVIEW_CONFERENCE -> message("session.name.review-conference");
		};
	}

	/**
	 * A period from one session to another ("20th session – 22nd session"), saying which
	 * end the sources do not give; {@code null} when they give neither.
	 */
	public String period(SessionRef from, SessionRef to) {
		if (from == null && to == null) {
			return null;
		}
		if (to == null) {
			return message("session.period.from", name(from));
		}
		if (from == null) {
			return message("session.period.to", name(to));
		}
		return from.slug().equals(to.slug()) ? name(from) : message("session.period", name(from), name(to));
	}

	/**
	 * The name with the year, for titles and lists where sessions of several years meet.
	 */
	public String nameWithYear(AssemblySession session) {
		return nameWithYear(
				new SessionRef(session.getSlug(), session.getKind(), session.getNumber(), session.getResumption()),
				session.getStartDate());
	}

	/**
	 * The name with the year of a session known by what names it and when it began (or
	 * null, when the sources do not say).
	 */
	public String nameWithYear(SessionRef session, LocalDate start) {
		if (start == null) {
			return name(session);
		}
		return message("session.name.with-year", name(session), start.getYear());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	@Override
	public String templateName() {
		return "sessionNames";
	}

}
