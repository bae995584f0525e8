package org.asprecords.session;

import java.time.LocalDate;
import java.util.List;

import org.asprecords.db.Visibility;

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
class PresidentRoll {

	private static final String FROM = """
			from assembly_president p
			join person pe on pe.id = p.person_id
			left join assembly_session f on f.id = p.from_session_id
			left join assembly_session t on t.id = p.to_session_id
			where %s and %s and (f.id is null or %s) and (t.id is null or %s)
			""".formatted(Visibility.of("p", false), Visibility.of("pe", false), Visibility.of("f", false),
			Visibility.of("t", false));

	private static final String SELECT = "select pe.slug person_slug, pe.name person_name, f.slug from_session, t.slug to_session, "
			+ "p.elected_on, p.period_note " + FROM;

	private final JdbcClient jdbc;

	PresidentRoll(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page of Presidents, the latest first: by the session their period begins with (or
	 * ends with, when its first session is not recorded), then the one still in office or
	 * ending later first. The count is always queried, so that every page costs the same.
	 */
	Page<PresidentListing> latestFirst(Pageable pageable) {
		List<PresidentListing> page = this.jdbc.sql(SELECT + """
				order by coalesce(f.start_date, t.start_date) desc nulls last, t.start_date desc nulls first, p.id desc
				limit :limit offset :offset""")
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(PresidentListing.class)
			.list();
		long total = this.jdbc.sql("select count(*) " + FROM).query(Long.class).single();
		return new PageImpl<>(page, pageable, total);
	}

	/**
	 * The Presidents whose period covers a session that began on {@code start}, judged by
	 * the sessions' start dates: from a session that began by then (or from the start,
	 * when no first session is recorded), to one that began since (or still in office,
	 * when a first session is recorded). One or two in the records; at most
	 * {@code limit}.
	 */
	List<PresidentListing> covering(LocalDate start, int limit) {
		return this.jdbc.sql(SELECT + """
				and (f.id is null or f.start_date <= :start)
				and ((t.id is null and f.id is not null) or t.start_date >= :start)
				order by f.start_date nulls first, p.id
				limit :limit""").param("start", start).param("limit", limit).query(PresidentListing.class).list();
	}

}
