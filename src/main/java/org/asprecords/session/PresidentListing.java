package org.asprecords.session;

import java.time.LocalDate;

import org.asprecords.person.GrammaticalGender;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.NamedJson;
import org.asprecords.web.api.Links;

/**
 * A President of the Assembly as the public pages show one.
 *
 * @param personSlug the address of the person's page
 * @param personName the person's name
 * @param fromSession the slug of the session the period begins with, or {@code null}
 * where the sources do not say
 * @param toSession the slug of the session it ends with, or {@code null} where the
 * sources do not say (a period is never stretched to the latest session)
 * @param electedOn when the President was elected, where known
 * @param periodNote the period as the sources word it
 * @param fromKind the kind of the first session, with {@code fromNumber} and
 * {@code fromResumption} what names it ({@link #from()})
 * @param toKind the kind of the last session, with {@code toNumber} and
 * {@code toResumption} what names it ({@link #to()})
 * @param grammaticalGender the gender the title takes for the person, where a source
 * gives it
 */
public record PresidentListing(String personSlug, String personName, String fromSession, String toSession,
		LocalDate electedOn, String periodNote, SessionKind fromKind, Integer fromNumber, Integer fromResumption,
		SessionKind toKind, Integer toNumber, Integer toResumption, GrammaticalGender grammaticalGender) {

	/** Whether the title takes its feminine form: Présidente de l’Assemblée. */
	public boolean feminine() {
		return this.grammaticalGender == GrammaticalGender.FEMININE;
	}

	/** The first session of the period, or {@code null} where the sources do not say. */
	public SessionRef from() {
		return (this.fromSession != null)
				? new SessionRef(this.fromSession, this.fromKind, this.fromNumber, this.fromResumption) : null;
	}

	/** The last session of the period, or {@code null} where the sources do not say. */
	public SessionRef to() {
		return (this.toSession != null) ? new SessionRef(this.toSession, this.toKind, this.toNumber, this.toResumption)
				: null;
	}

	/** The person, as the JSON API names one. */
	public NamedJson person() {
		return new NamedJson(this.personSlug, this.personName, Links.of(RecordPaths.person(this.personSlug)));
	}

}
