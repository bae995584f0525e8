package org.asprecords.election;

import java.util.List;

/**
 * An election as its session's page lists it: its body and seats, and whom it elected.
 *
 * @param slug the election's key within its session
 * @param body the body elected to
 * @param seats how many seats were filled, where the sources say
 * @param elected the candidates elected, in the order of the record
 */
public record SessionElection(String slug, ElectionBody body, Integer seats, List<Elected> elected) {

	/**
	 * A candidate elected: a person (with the State whose national they are) or a State,
	 * each only where the public may see it.
	 *
	 * @param personSlug the person's page, or {@code null}
	 * @param personName the person's name, or {@code null}
	 * @param nationality the name of the State the person is a national of, or
	 * {@code null}
	 * @param stateSlug the State's page, when a State was elected, or {@code null}
	 * @param nationalityCode that State's ISO code, where recorded
	 * @param stateName the State's name, or {@code null}
	 * @param stateCode its ISO code, where recorded
	 * @param role the office, where the election filled several ("President")
	 */
	public record Elected(String personSlug, String personName, String nationality, String nationalityCode,
			String stateSlug, String stateName, String stateCode, String role) {
	}

}
