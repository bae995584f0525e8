package org.asprecords.statement;

import java.util.List;

import org.asprecords.organization.Organization;

/**
 * Who delivered a statement, as its record names them, for {@link StatementNames} to put
 * in words.
 *
 * @param people the named speakers' names, in order
 * @param organizations the names of the organizations they spoke for, in order
 * @param state the name of the speaking State, or {@code null}
 * @param stateCode its ISO code, where recorded
 * @param label the speaker as the source words it, or {@code null}
 * @param onBehalf on whose behalf, as the source words it, or {@code null}
 */
public record Speakers(List<String> people, List<String> organizations, String state, String stateCode, String label,
		String onBehalf) {

	/** The speakers of a statement whose speakers and organizations are loaded. */
	static Speakers of(Statement statement) {
		return new Speakers(statement.getSpeakers().stream().map((speaker) -> speaker.getPerson().getName()).toList(),
				statement.getOrganizations().stream().map(Organization::getName).toList(),
				(statement.getSpeakerState() != null) ? statement.getSpeakerState().getName() : null,
				(statement.getSpeakerState() != null) ? statement.getSpeakerState().getCode() : null,
				statement.getSpeakerLabel(), statement.getOnBehalfLabel());
	}

}
