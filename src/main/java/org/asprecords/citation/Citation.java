package org.asprecords.citation;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How to cite one record, in the visitor's language: what the page shows as ready text
 * and what the BibTeX and CSL-JSON files hold. Only recorded facts: a part the record
 * lacks (a symbol, a date) is {@code null}, never made up.
 *
 * @param kind what the record is
 * @param key a key unique to the record and stable across visits, derived from its
 * address: the BibTeX key, the CSL id and the file name
 * @param path the record's address on the portal, as the download links give it
 * @param url the record's permanent address, absolute
 * @param author who issued the record: the Assembly, or a statement's speaker; null when
 * the speaker is not recorded
 * @param title the record's title
 * @param number the record's symbol, or {@code null}
 * @param session the name of the session the record belongs to, or {@code null} for a
 * session itself
 * @param place where the session met, or {@code null}
 * @param sessionDate when the session met, or {@code null}
 * @param issued the record's own date, or {@code null}
 * @param genre what the record is, in words
 * @param note the resolution that adopted the record, in words, or {@code null}
 * @param text the whole citation as plain text, ready to copy
 */
public record Citation(CitationKind kind, String key, String path, String url, String author, String title,
		String number, String session, String place, CitedDate sessionDate, CitedDate issued, String genre, String note,
		String text) {

	/**
	 * Where and when the record came about: "22nd session, The Hague, 2023"; for a
	 * session, only its place. {@code null} when none of it is recorded.
	 */
	public String meeting() {
		return meeting(this.session, this.place, this.sessionDate);
	}

	static String meeting(String session, String place, CitedDate sessionDate) {
		Integer year = (session != null && sessionDate != null) ? sessionDate.start().getYear() : null;
		String joined = Stream.of(session, place, (year != null) ? String.valueOf(year) : null)
			.filter(Objects::nonNull)
			.collect(Collectors.joining(", "));
		return joined.isEmpty() ? null : joined;
	}
}
