package org.asprecords.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.asprecords.session.AssemblySession;
import org.asprecords.session.AssemblySessionRepository;
import org.asprecords.session.SessionNames;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches every kind of record at once with PostgreSQL full-text search, in one
 * statement: matches ranked within each kind, counted per kind, and excerpts highlighted
 * only for the matches shown.
 */
@Service
@Transactional(readOnly = true)
public class SiteSearch {

	/** Matches shown per kind when all kinds are searched. */
	static final int PER_KIND = 5;

	private static final String QUERY = """
			with q as (select websearch_to_tsquery('portal_english', :text) e, websearch_to_tsquery('portal_simple', :text) s),
			hits (kind, path, title, label, session_id, doc, cfg, rank) as (%s),
			ranked as (select h.*, row_number() over (partition by kind order by rank desc, path) n,
			                  count(*) over (partition by kind) total from hits h)
			select r.kind, r.path, r.title, r.label, r.session_id, r.total,
			       ts_headline(r.cfg::regconfig, coalesce(r.doc, ''), case when r.cfg = 'portal_simple' then q.s else q.e end,
			                   :options) headline
			from ranked r, q
			where r.n > :offset and r.n <= :offset + :limit
			order by r.n""";

	private final JdbcClient jdbc;

	private final AssemblySessionRepository sessions;

	private final SessionNames sessionNames;

	private final MessageSource messages;

	SiteSearch(JdbcClient jdbc, AssemblySessionRepository sessions, SessionNames sessionNames, MessageSource messages) {
		this.jdbc = jdbc;
		this.sessions = sessions;
		this.sessionNames = sessionNames;
		this.messages = messages;
	}

	/**
	 * The best {@link #PER_KIND} matches of every kind.
	 */
	public SearchResults everything(String text) {
		return run(text, Arrays.asList(SearchKind.values()), 0, PER_KIND);
	}

	/**
	 * One page of the matches of one kind.
	 */
	public SearchResults only(String text, SearchKind kind, long offset, int limit) {
		return run(text, List.of(kind), offset, limit);
	}

	/**
	 * Every match, of one kind or of all kinds ({@code null}), best first within each
	 * kind.
	 */
	public SearchResults all(String text, SearchKind kind) {
		return run(text, (kind != null) ? List.of(kind) : Arrays.asList(SearchKind.values()), 0, Integer.MAX_VALUE);
	}

	private SearchResults run(String text, List<SearchKind> kinds, long offset, int limit) {
		if (text.isEmpty()) {
			return new SearchResults(text, List.of());
		}
		String union = kinds.stream().map(SearchKind::select).collect(Collectors.joining("\nunion all\n"));
		List<Row> rows = this.jdbc.sql(QUERY.formatted(union))
			.param("text", text)
			.param("options", Snippet.HEADLINE_OPTIONS)
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new Row(SearchKind.valueOf(rs.getString("kind")), rs.getString("path"),
					rs.getString("title"), rs.getString("label"), (Long) rs.getObject("session_id"),
					rs.getLong("total"), rs.getString("headline")))
			.list();
		Map<Long, AssemblySession> sessionsById = sessionsOf(rows);
		Map<SearchKind, List<Row>> byKind = new LinkedHashMap<>();
		kinds.forEach((kind) -> byKind.put(kind, new ArrayList<>()));
		rows.forEach((row) -> byKind.get(row.kind()).add(row));
		List<SearchResults.Group> groups = new ArrayList<>();
		byKind.forEach((kind, matches) -> {
			if (!matches.isEmpty()) {
				groups.add(new SearchResults.Group(kind, matches.get(0).total(),
						matches.stream().map((row) -> hit(row, sessionOf(row, sessionsById))).toList()));
			}
		});
		return new SearchResults(text, groups);
	}

	private SearchResults.Hit hit(Row row, AssemblySession session) {
		String sessionName = (session != null) ? this.sessionNames.nameWithYear(session) : null;
		return switch (row.kind()) {
			case SESSION -> new SearchResults.Hit(row.path(), sessionName, null, Snippet.parse(row.headline()));
			case ELECTION -> new SearchResults.Hit(row.path(), message("election.body." + row.label()), sessionName,
					Snippet.parse(row.headline()));
			case BUDGET ->
				new SearchResults.Hit(row.path(), message("session.budget.for", Integer.valueOf(row.label())),
						sessionName, Snippet.parse(row.headline()));
			default -> new SearchResults.Hit(row.path(), row.title(), sessionName, Snippet.parse(row.headline()));
		};
	}

	private static AssemblySession sessionOf(Row row, Map<Long, AssemblySession> sessionsById) {
		return (row.sessionId() != null) ? sessionsById.get(row.sessionId()) : null;
	}

	private Map<Long, AssemblySession> sessionsOf(List<Row> rows) {
		Set<Long> ids = rows.stream().map(Row::sessionId).filter((id) -> id != null).collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		return this.sessions.findAllById(ids)
			.stream()
			.collect(Collectors.toMap(AssemblySession::getId, Function.identity()));
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private record Row(SearchKind kind, String path, String title, String label, Long sessionId, long total,
			String headline) {
	}

}
