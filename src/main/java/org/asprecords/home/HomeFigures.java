package org.asprecords.home;

import org.asprecords.db.RecordsCache;
import org.asprecords.db.Visibility;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key figures the home page and its JSON open with, counted from the public records
 * in one statement, and kept until a record changes: counting grows with the records.
 */
@Service
@Transactional(readOnly = true)
class HomeFigures {

	private static final String KEY_FIGURES = """
			select (select count(*) from assembly_session x where %3$s) sessions,
			       (select count(*) from resolution x where %2$s) resolutions,
			       (select count(*) from election x where %2$s) elections,
			       (select count(*) from statement x where %2$s) statements,
			       b.year budget_year, b.approved budget_approved,
			       s.name newest_party_name, s.code newest_party_code, s.slug newest_party_slug, s.party_ordinal newest_party_ordinal,
			       s.party_since newest_party_since
			from (select 1) one
			left join lateral (select year, approved from programme_budget x where approved is not null and %2$s
			                   order by year desc limit 1) b on true
			left join lateral (select name, code, slug, party_ordinal, party_since from state x
			                   where party_ordinal is not null and %1$s
			                   order by party_ordinal desc limit 1) s on true"""
		.formatted(Visibility.of("x", false), Visibility.of("x", true), Visibility.session("x"));

	private final JdbcClient jdbc;

	private final RecordsCache cache;

	HomeFigures(JdbcClient jdbc, RecordsCache cache) {
		this.jdbc = jdbc;
		this.cache = cache;
	}

	KeyFigures count() {
		return this.cache.get("home.figures", () -> this.jdbc.sql(KEY_FIGURES).query(KeyFigures.class).single());
	}

}
