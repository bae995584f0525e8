package org.asprecords.session;

import java.time.LocalDate;
import java.util.List;

import org.asprecords.db.PageBound;
import org.asprecords.db.RecordsCache;
import org.asprecords.db.Visibility;
import org.asprecords.person.Person;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Presidents of the Assembly for the public pages, a row each with what the
 * pages show, in native SQL: the public's conditions ({@link AssemblyPresident#SHOWN})
 * are read on the joined sessions and person ({@link Visibility#of(String, String)})
 * rather than by {@code public_session} for each President, which cost most of a list of
 * them (17 ms for 800).
 */
@Service
@Transactional(readOnly = true)
public class PresidentRoll {

	/** The presidencies the public sees, whatever their person. */
	private static final String SHOWN = """
			from assembly_president p
			left join assembly_session f on f.id = p.from_session_id
			left join assembly_session t on t.id = p.to_session_id
			where %s and (f.id is null or %s) and (t.id is null or %s)
			""".formatted(Visibility.of("p", false), Visibility.of("f", false), Visibility.of("t", false));

	/** Counts the presidencies of the person whose id is {@code :id}. */
	public static final String OF_PERSON = "select count(p) from AssemblyPresident p where fk(p.person) = :id";

	private final JdbcClient jdbc;

	private final RecordsCache cache;

	private final AssemblyPresidentRepository presidents;

	PresidentRoll(JdbcClient jdbc, RecordsCache cache, AssemblyPresidentRepository presidents) {
		this.presidents = presidents;
		this.jdbc = jdbc;
		this.cache = cache;
	}

	/**
	 * The presidencies that meet {@code where}, with their person, a page of them in an
	 * {@code order} of {@code begins} (the first session's start, else the last's),
	 * {@code starts}, {@code ends} and {@code president}: ordered on their own first (a
	 * few hundred rows at most, read with their sessions), then joined to the people of
	 * the page only, through the primary key, rather than to every person.
	 */
	private static String select(String where, String order, String bound) {
		return """
				with shown as materialized (
				  select p.id president, p.person_id, f.slug from_session, t.slug to_session, p.elected_on,
				         p.period_note, coalesce(f.start_date, t.start_date) begins, f.start_date starts,
				         t.start_date ends, f.kind from_kind, f.number from_number, f.resumption from_resumption,
				         t.kind to_kind, t.number to_number, t.resumption to_resumption
				  %s %s
				  order by %s)
				select pe.slug person_slug, pe.name person_name, x.from_session, x.to_session, x.elected_on,
				       x.period_note, x.from_kind, x.from_number, x.from_resumption, x.to_kind, x.to_number,
				       x.to_resumption, pe.grammatical_gender
				from shown x join person pe on pe.id = x.person_id
				where %s
				order by %s
				%s""".formatted(SHOWN, where, order, Visibility.of("pe", false), order, bound);
	}

	/**
	 * A page of Presidents, the latest first: by the session their period begins with (or
	 * ends with, when its first session is not recorded), then the one still in office or
	 * ending later first. How many there are, and the first page, are kept until the
	 * records change ({@link RecordsCache}): {@code /sessions} shows them on every
	 * request, and ordering them reads every presidency.
	 */
	public Page<PresidentListing> latestFirst(Pageable pageable) {
		List<PresidentListing> page = (pageable.getPageNumber() == 0)
				? this.cache.get("presidents-latest/" + pageable.getPageSize(), () -> List.copyOf(latest(pageable)))
				: latest(pageable);
		long total = this.cache
			.get("presidents-shown", () -> this.jdbc
				.sql("select count(*) " + SHOWN + " and exists (select 1 from person pe where pe.id = p.person_id and "
						+ Visibility.of("pe", false) + ")")
				.query(Long.class)
				.single());
		return new PageImpl<>(page, pageable, total);
	}

	private List<PresidentListing> latest(Pageable pageable) {
		return this.jdbc
			.sql(select("", "begins desc nulls last, ends desc nulls first, president desc", PageBound.of(pageable)))
			.query(PresidentListing.class)
			.list();
	}

	/**
	 * The Presidents whose period covers a session that began on {@code start}, judged by
	 * the sessions' start dates: from its first session to its last. A period whose first
	 * or last session the sources do not give covers only the session they do give: it is
	 * never stretched to the first session of the Assembly or to the latest, and a period
	 * with neither covers none. One or two in the records; at most {@code limit}.
	 */
	public List<PresidentListing> covering(LocalDate start, int limit) {
		return this.jdbc
			.sql(select("""
					and coalesce(f.start_date, t.start_date) <= :start
					and coalesce(t.start_date, f.start_date) >= :start""", "starts nulls first, president",
					PageBound.of(limit, 0)))
			.param("start", start)
			.query(PresidentListing.class)
			.list();
	}

	/**
	 * A page of a person's presidencies, as their page lists them; {@link #OF_PERSON}
	 * counts them.
	 */
	public List<AssemblyPresident> of(Person person, Pageable pageable) {
		return this.presidents.findOfPerson(person.getId(), pageable);
	}

}
