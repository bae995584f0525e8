package org.asprecords.session;

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

	SessionNames(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	public String name(AssemblySession session) {
		String ordinal = (session.getNumber() != null) ? this.formats.ordinalFeminine(session.getNumber()) : "";
		return switch (session.getKind()) {
			case REGULAR -> message("session.name.regular", ordinal);
			case RESUMED ->
				(session.getSlug().endsWith("-resumed")) ? message("session.name.resumed", ordinal) : message(
						"session.name.resumption", ordinal, this.formats.ordinalFeminine(session.getResumption()));
			case SPECIAL -> message("session.name.special", session.getNumber());
			case REVIEW_CONFERENCE -> message("session.name.review-conference");
		};
	}

	/**
	 * The name with the year, for titles and lists where sessions of several years meet.
	 */
	public String nameWithYear(AssemblySession session) {
		if (session.getStartDate() == null) {
			return name(session);
		}
		return message("session.name.with-year", name(session), session.getStartDate().getYear());
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	@Override
	public String templateName() {
		return "sessionNames";
	}

}
