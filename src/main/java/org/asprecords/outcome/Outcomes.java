package org.asprecords.outcome;

import java.util.List;
import java.util.Optional;

import org.asprecords.db.JoinedNewest;
import org.asprecords.db.Visibility;
import org.asprecords.organization.Organization;
import org.asprecords.session.AssemblySession;
import org.asprecords.state.State;

import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other features read side events, amendments, policies, decisions and accessions:
 * the repositories stay inside this package, so that every query on them is written here.
 * A page's record is read with its session ({@code page}), as its address names both.
 */
@Service
@Transactional(readOnly = true)
public class Outcomes {

	/** Counts the accessions of the State whose id is {@code :id}, as they are read. */
	public static final String ACCESSIONS_OF = "select count(a) from Accession a join a.session s where "
			+ Visibility.sessionJoined("s", "a") + " and fk(a.state) = :id";

	/**
	 * Counts the side events the State whose id is {@code :id} co-sponsored, as they are
	 * read.
	 */
	public static final String COSPONSORED_BY = "select count(e) from SideEvent e join e.session s"
			+ " join e.cosponsors c where " + Visibility.sessionJoined("s", "e") + " and c.id = :id";

	/**
	 * Counts the side events the organization whose id is {@code :id} organized, as they
	 * are read.
	 */
	public static final String ORGANIZED_BY = "select count(e) from SideEvent e join e.session s"
			+ " join e.organizers o where " + Visibility.sessionJoined("s", "e") + " and o.id = :id";

	/** A State's co-sponsored side events, newest first, on their join table's index. */
	private static final JoinedNewest COSPONSORED = new JoinedNewest("side_event_cosponsor", "state_id", "side_event",
			"side_event_id");

	/** An organization's side events, newest first, on their join table's index. */
	private static final JoinedNewest ORGANIZED = new JoinedNewest("side_event_organizer", "organization_id",
			"side_event", "side_event_id");

	private final SideEventRepository sideEvents;

	private final JdbcClient jdbc;

	private final AmendmentRepository amendments;

	private final PolicyRepository policies;

	private final DecisionRepository decisions;

	private final AccessionRepository accessions;

	Outcomes(SideEventRepository sideEvents, AmendmentRepository amendments, PolicyRepository policies,
			DecisionRepository decisions, AccessionRepository accessions, JdbcClient jdbc) {
		this.sideEvents = sideEvents;
		this.jdbc = jdbc;
		this.amendments = amendments;
		this.policies = policies;
		this.decisions = decisions;
		this.accessions = accessions;
	}

	public Optional<SideEvent> sideEventPage(String session, String slug) {
		return this.sideEvents.findPage(session, slug);
	}

	public Optional<Amendment> amendmentPage(String session, String slug) {
		return this.amendments.findPage(session, slug);
	}

	public Optional<Policy> policyPage(String session, String slug) {
		return this.policies.findPage(session, slug);
	}

	public Optional<Decision> decisionPage(String session, String slug) {
		return this.decisions.findPage(session, slug);
	}

	public Optional<SideEvent> sideEvent(long id) {
		return this.sideEvents.findById(id);
	}

	public List<SideEvent> sideEventsOf(AssemblySession session, Pageable pageable) {
		return this.sideEvents.findBySession(session, pageable);
	}

	public List<Amendment> amendmentsOf(AssemblySession session, Pageable pageable) {
		return this.amendments.findBySession(session, pageable);
	}

	public List<Policy> policiesOf(AssemblySession session, Pageable pageable) {
		return this.policies.findBySession(session, pageable);
	}

	public List<Decision> decisionsOf(AssemblySession session, Pageable pageable) {
		return this.decisions.findBySession(session, pageable);
	}

	/**
	 * A page of a State's accessions, each with its session; {@link #ACCESSIONS_OF}
	 * counts them.
	 */
	public List<Accession> accessionsOf(State state, Pageable pageable) {
		return this.accessions.findByStateWithSession(state.getId(), pageable);
	}

	/**
	 * A page of the side events a State co-sponsored, newest session first;
	 * {@link #COSPONSORED_BY} counts them.
	 */
	public List<SideEvent> cosponsoredBy(State state, Pageable pageable) {
		return listed(COSPONSORED.ids(this.jdbc, state.getId(), pageable));
	}

	/**
	 * A page of the side events an organization organized, newest session first;
	 * {@link #ORGANIZED_BY} counts them.
	 */
	public List<SideEvent> organizedBy(Organization organization, Pageable pageable) {
		return listed(ORGANIZED.ids(this.jdbc, organization.getId(), pageable));
	}

	/** The side events of these ids, in the profiles' lists' order. */
	private List<SideEvent> listed(List<Long> ids) {
		return ids.isEmpty() ? List.of() : this.sideEvents.findListedByIdIn(ids.toArray(Long[]::new));
	}

}
