package org.asprecords.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.asprecords.db.References;
import org.asprecords.kind.RecordKind;
import org.asprecords.search.SearchKind;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statement that matches changed public records of one kind with the subscriptions
 * that follow them, and writes the matches: one select per kind of target, each on its
 * own index, joined by {@code union all}. A search is matched as the site search finds
 * records ({@link SearchKind#foundBy}), a State, person or organization by the database's
 * foreign keys ({@link References#refersTo}), so that a new table that refers to one is
 * covered.
 */
@Component
class MatchQueries {

	/** How the columns of {@code alert_subscription} ({@code a}) keep a search. */
	private static final SearchKind.StoredSearch STORED = new SearchKind.StoredSearch("a.search_words", "a.search_kind",
			"a.search_named", "a.search_years", "a.search_session_id", "a.search_from", "a.search_to");

	/** An id no record has: an empty list in {@code in (...)}. */
	private static final List<Long> NONE = List.of(-1L);

	private final References references;

	private final Map<SearchKind, String> statements = new ConcurrentHashMap<>();

	MatchQueries(References references) {
		this.references = references;
	}

	/**
	 * Writes the matches of the public records of a kind among {@code ids} and, for a
	 * kind of a session, the records of {@code sessions} (published by this transaction).
	 * @param newIds those of {@code ids} that became public in this transaction
	 * @param changed the fields each corrected record of {@code ids} changed, by id
	 */
	void insert(NamedParameterJdbcTemplate jdbc, SearchKind kind, Collection<Long> ids, Collection<Long> newIds,
			Map<Long, ? extends Collection<String>> changed, Collection<Long> sessions) {
		List<Long> corrected = new ArrayList<>(changed.keySet());
		jdbc.update(this.statements.computeIfAbsent(kind, this::statement),
				new MapSqlParameterSource().addValue("ids", ids.isEmpty() ? NONE : ids)
					.addValue("newIds", newIds.isEmpty() ? NONE : newIds)
					.addValue("sessions", sessions.isEmpty() ? NONE : sessions)
					.addValue("corrected", corrected.toArray(Long[]::new))
					.addValue("fields",
							corrected.stream().map((id) -> String.join(",", changed.get(id))).toArray(String[]::new)));
	}

	private String statement(SearchKind kind) {
		String table = table(kind);
		boolean ofSession = kind.inSession() || kind == SearchKind.SESSION;
		String changed = "(x.id in (:ids)" + (ofSession ? " or " + kind.sessionOf() + " in (:sessions)" : "") + ")";
		String isNew = "x.id in (:newIds)" + (ofSession ? " or " + kind.sessionOf() + " in (:sessions)" : "");
		List<String> selects = new ArrayList<>();
		selects.add(select(kind, "a.target = 'SEARCH'", kind.foundBy(STORED)));
		if (ofSession) {
			selects.add(select(kind, "a.target = 'SESSION' and a.session_id = " + kind.sessionOf(), "true"));
		}
		selects.add(select(kind, "a.target = 'KIND' and a.record_kind = '" + kind.name() + "'", "(" + isNew + ")"));
		for (Target target : List.of(Target.STATE, Target.PERSON, Target.ORGANIZATION)) {
			String followed = table(SearchKind.valueOf(target.name()));
			selects.add(select(kind, "a.target = '" + target + "'",
					this.references.refersTo(table, followed, "a.record_id")));
		}
		selects.add(select(kind, "a.target = 'RECORD' and a.record_kind = '" + kind.name() + "' and a.record_id = x.id",
				"true"));
		return """
				insert into alert_match (subscription_id, record_table, record_id, record_version, change, changed)
				select distinct on (m.subscription_id, m.id) m.subscription_id, '%s', m.id, m.version,
				       case when %s then 'NEW' else 'CORRECTED' end,
				       case when %s then '{}' else coalesce(string_to_array(c.fields, ','), '{}') end
				from (%s) m join %s x on x.id = m.id
				     left join unnest(cast(:corrected as bigint[]), cast(:fields as text[])) c (id, fields) on c.id = m.id
				on conflict on constraint alert_match_once_uk do nothing"""
			.formatted(table, isNew, isNew, String.join("\nunion all\n", selects), table)
			.replace("%CHANGED%", changed);
	}

	private static String select(SearchKind kind, String join, String condition) {
		return "select a.id subscription_id, x.id, x.version from " + kind.from()
				+ " join alert_subscription a on a.status = 'ACTIVE' and " + join + " where %CHANGED% and "
				+ kind.shown() + " and " + condition;
	}

	private static String table(SearchKind kind) {
		return RecordKind.valueOf(kind.name()).table();
	}

}
