package org.asprecords.election;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.asprecords.db.NotFoundException;
import org.asprecords.db.PageBound;
import org.asprecords.db.RecordsCache;
import org.asprecords.db.Visibility;
import org.asprecords.db.Where;
import org.asprecords.session.AssemblySession;
import org.asprecords.person.Person;
import org.asprecords.state.State;
import org.hibernate.Hibernate;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads elections for the public pages: a page of the list in four queries (the page's
 * ids, their count, the page's elections with their sessions, how many were elected in
 * each), the sessions it can be narrowed to kept until the records change; one election's
 * page in three (the election with its candidates, its rounds, their votes).
 */
@Service
@Transactional(readOnly = true)
public class ElectionCatalog {

	/** The list joins the sessions: for its order, and for what the public sees. */
	private static final String FROM = "from election e join assembly_session s on s.id = e.session_id";

	/** Counts the candidacies of the person whose id is {@code :id}, as they are read. */
	public static final String CANDIDACIES_OF_PERSON = "select count(c) from Candidacy c join c.election e"
			+ " join e.session s where " + Visibility.sessionJoined("s", "e") + " and fk(c.person) = :id";

	/**
	 * Counts the candidacies of the State whose id is {@code :id} and of its nationals,
	 * as they are read.
	 */
	public static final String CANDIDACIES_OF_STATE = "select count(c) from Candidacy c join c.election e"
			+ " join e.session s where " + Visibility.sessionJoined("s", "e")
			+ " and (fk(c.state) = :id or fk(c.nationality) = :id)";

	private final ElectionRepository elections;

	private final JdbcClient jdbc;

	private final RecordsCache cache;

	private final EntityManager entityManager;

	ElectionCatalog(ElectionRepository elections, JdbcClient jdbc, RecordsCache cache, EntityManager entityManager) {
		this.elections = elections;
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/**
	 * Elections, newest session first.
	 * @param body only this body's elections, or {@code null} for all
	 * @param sessionSlug only this session's elections, or {@code null} for all
	 * @param pageable the page
	 */
	Page<ElectionListing> newestFirst(ElectionBody body, String sessionSlug, Pageable pageable) {
		Page<Long> ids = new Where().and(Visibility.of("e", "s"))
			.and("e.body = :body", "body", (body != null) ? body.name() : null)
			.and("s.slug = :session", "session", sessionSlug)
			.ids(this.jdbc, this.cache, "select e.id " + FROM, "select count(*) " + FROM,
					"order by s.start_date desc nulls last, s.id desc, e.id", pageable);
		Page<Election> page = new PageImpl<>(
				Where.inOrder(ids.getContent(), this.elections::findWithSessionByIdIn, Election::getId), pageable,
				ids.getTotalElements());
		Map<Long, Long> elected = page.isEmpty() ? Map.of()
				: this.elections.countElected(ids.getContent().toArray(Long[]::new))
					.stream()
					.collect(Collectors.toMap(ElectedCount::electionId, ElectedCount::elected));
		return page.map((election) -> new ElectionListing(election, elected.get(election.getId())));
	}

	/**
	 * The sessions the list can be narrowed to, kept until a record changes. Read after
	 * the page's elections, some of them are the proxies their elections hold; the list
	 * keeps the sessions themselves, so that it holds one class, as the template's
	 * compiled expressions expect, whatever request first read it.
	 */
	List<AssemblySession> sessionsWithElections() {
		return this.cache.get("election.sessions",
				() -> this.elections.findSessionsWithElections()
					.stream()
					.map((session) -> (AssemblySession) Hibernate.unproxy(session))
					.toList());
	}

	ElectionPage page(String sessionSlug, String slug) {
		Election election = this.elections.findPage(sessionSlug, slug)
			.orElseThrow(() -> new NotFoundException("election"));
		return ElectionPage.of(election);
	}

	/** An election with its session, as its address names both; no more of it. */
	public Optional<Election> find(String sessionSlug, String slug) {
		return this.elections.findPage(sessionSlug, slug);
	}

	/**
	 * A page of a person's candidacies, newest session first;
	 * {@link #CANDIDACIES_OF_PERSON} counts them.
	 */
	public List<Candidacy> candidaciesOf(Person person, Pageable pageable) {
		return candidacies(List.of("fk(x.person) = :id"), person.getId(), pageable);
	}

	/**
	 * A page of the candidacies of a State or of its nationals, newest session first;
	 * {@link #CANDIDACIES_OF_STATE} counts them.
	 */
	public List<Candidacy> candidaciesOf(State state, Pageable pageable) {
		return candidacies(List.of("fk(x.state) = :id", "fk(x.nationality) = :id and fk(x.state) is distinct from :id"),
				state.getId(), pageable);
	}

	/**
	 * A page of the candidacies that one of these conditions picks, newest session first,
	 * in one query. Each condition is read on its own index in the list's order (V26) and
	 * stops at the page's end; the candidacies of both reads are then sorted. One query
	 * with {@code or}, sorted on the session's date, read and sorted every candidacy of a
	 * State to show fifteen. The joins in each read apply the restrictions of an election
	 * and of its session (shown with the session it resumes), as the count does: a read
	 * that kept a candidacy the page then leaves out would push a shown one off its page.
	 * One read is not put in parentheses: Hibernate took {@code in ((select …))} for a
	 * list of one value and translated the query to SQL again on every call.
	 */
	private List<Candidacy> candidacies(List<String> conditions, long id, Pageable pageable) {
		String toPageEnd = " " + PageBound.of(pageable.getOffset() + pageable.getPageSize(), 0);
		List<String> reads = conditions.stream()
			.map((condition) -> "select x.id from Candidacy x join x.election xe join xe.session xs where "
					+ Visibility.sessionJoined("xs", "xe") + " and " + condition
					+ " order by x.sessionStart desc nulls last, fk(x.election), x.position" + toPageEnd)
			.toList();
		String union = (reads.size() == 1) ? reads.get(0)
				: reads.stream().map((read) -> "(" + read + ")").collect(Collectors.joining(" union all "));
		return this.entityManager
			.createQuery("""
					select c from Candidacy c join fetch c.election e join fetch e.session
					left join fetch c.person left join fetch c.state left join fetch c.nationality
					where c.id in (%s) order by c.sessionStart desc nulls last, e.id, c.position %s""".formatted(union,
					PageBound.of(pageable)), Candidacy.class)
			.setParameter("id", id)
			.getResultList();
	}

}
