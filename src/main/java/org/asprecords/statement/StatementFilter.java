package org.asprecords.statement;

import org.springframework.util.StringUtils;

/**
 * What the statement list is narrowed to; every part is optional ({@code null}).
 *
 * @param session slug of the session
 * @param organization slug of an organization it came from
 * @param situation a situation before the Court, as the records write it ("Libya")
 * @param segment the part of the session it was delivered in
 */
public record StatementFilter(String session, String organization, String situation, Segment segment) {

	/**
	 * The filter of a request, where an empty or blank value means no filter.
	 */
	static StatementFilter of(String session, String organization, String situation, Segment segment) {
		return new StatementFilter(valueOf(session), valueOf(organization), valueOf(situation), segment);
	}

	private static String valueOf(String parameter) {
		return StringUtils.hasText(parameter) ? parameter.trim() : null;
	}

}
