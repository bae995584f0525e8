package org.asprecords.session;

import java.time.LocalDate;

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
 * @param toSession the slug of the session it ends with, or {@code null} while in office
 * or where the sources do not say
 * @param electedOn when the President was elected, where known
 * @param periodNote the period as the sources word it
 */
public record PresidentListing(String personSlug, String personName, String fromSession, String toSession,
		LocalDate electedOn, String periodNote) {

	/** The person, as the JSON API names one. */
	public NamedJson person() {
		return new NamedJson(this.personSlug, this.personName, Links.of(RecordPaths.person(this.personSlug)));
	}

}
