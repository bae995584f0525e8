package org.asprecords.overview.state;

import java.util.List;

import org.asprecords.election.Candidacy;
import org.asprecords.organization.Organization;
import org.asprecords.outcome.Accession;
import org.asprecords.outcome.SideEvent;
import org.asprecords.person.Person;
import org.asprecords.state.State;
import org.asprecords.statement.Statement;

/**
 * Everything a State's page shows: the State and every record that refers to it.
 *
 * @param state the State
 * @param people people of its nationality
 * @param candidacies candidacies of the State itself (Bureau seats) or of its nationals
 * @param delivered statements it delivered
 * @param onBehalf statements delivered on its behalf, alone or jointly
 * @param concerning statements about it
 * @param sideEvents side events it co-sponsored
 * @param accessions its accession or ratification, as announced at a session
 * @param organizations organizations based there
 */
public record StateProfile(State state, List<Person> people, List<Candidacy> candidacies, List<Statement> delivered,
		List<Statement> onBehalf, List<Statement> concerning, List<SideEvent> sideEvents, List<Accession> accessions,
		List<Organization> organizations) {

	public boolean hasStatements() {
		return !(this.delivered.isEmpty() && this.onBehalf.isEmpty() && this.concerning.isEmpty());
	}

}
