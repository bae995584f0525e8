package org.asprecords.resolution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.asprecords.budget.ProgrammeBudget;
import org.asprecords.db.Visibility;
import org.asprecords.outcome.Amendment;
import org.asprecords.outcome.Decision;
import org.asprecords.outcome.Policy;
import org.asprecords.search.Snippet;
import org.asprecords.session.AssemblySession;
import org.asprecords.web.NotFoundException;
import org.asprecords.web.Pagination;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads resolutions for the public pages: lists by filter, full-text search of titles and
 * summaries, and one resolution with everything linked to it.
 */
@Service
@Transactional(readOnly = true)
public class ResolutionCatalog {

	private static final String SEARCH = """
			select r.id, count(*) over () as total,
			       ts_headline('portal_english', coalesce(r.title, '') || ' — ' || coalesce(r.summary, ''), q, :options)
			         as headline
			from resolution r join assembly_session s on s.id = r.session_id,
			     websearch_to_tsquery('portal_english', :text) q
			where r.search_vector @@ q and %s
			  and (cast(:session as text) is null or s.slug = :session)
			  and (cast(:topic as text) is null or :topic = any(r.topics))
			order by ts_rank(r.search_vector, q) desc, r.id
			limit :limit offset :offset""".formatted(Visibility.of("r", true));

	private static final String FROM_FILTERED = """
			from resolution r join assembly_session s on s.id = r.session_id
			where (cast(:session as text) is null or s.slug = :session)
			  and (cast(:topic as text) is null or :topic = any(r.topics))
			  and (cast(:symbolSession as text) is null or r.symbol_session = :symbolSession)
			  and (cast(:number as integer) is null or r.number = :number)
			  and %s
			""".formatted(Visibility.of("r", true));

	private final ResolutionRepository resolutions;

	private final JdbcClient jdbc;

	private final EntityManager entityManager;

	ResolutionCatalog(ResolutionRepository resolutions, JdbcClient jdbc, EntityManager entityManager) {
		this.resolutions = resolutions;
		this.jdbc = jdbc;
		this.entityManager = entityManager;
	}

	public Page<Resolution> list(ResolutionFilter filter, ResolutionSort sort, int page) {
		return list(filter, sort, Pagination.request(page, Sort.unsorted()));
	}

	public Page<Resolution> list(ResolutionFilter filter, ResolutionSort sort, Pageable pageable) {
		long total = filtered("select count(*) " + FROM_FILTERED, filter).query(Long.class).single();
		List<Long> ids = filtered(
				"select r.id " + FROM_FILTERED + " order by " + sort.orderBy() + " limit :limit offset :offset", filter)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query(Long.class)
			.list();
		return new PageImpl<>(inOrder(ids), pageable, total);
	}

	/**
	 * Resolutions whose title or summary match the words, best matches first.
	 */
	public Page<ResolutionHit> search(String text, ResolutionFilter filter, int page) {
		Pageable pageable = Pagination.request(page, Sort.unsorted());
		List<Row> rows = this.jdbc.sql(SEARCH)
			.param("options", Snippet.HEADLINE_OPTIONS)
			.param("text", text)
			.param("session", filter.session())
			.param("topic", filter.topic())
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("total"), rs.getString("headline")))
			.list();
		List<Resolution> found = inOrder(rows.stream().map(Row::id).toList());
		List<ResolutionHit> hits = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			hits.add(new ResolutionHit(found.get(i), Snippet.parse(rows.get(i).headline())));
		}
		long total = rows.isEmpty() ? 0 : rows.get(0).total();
		return new PageImpl<>(hits, pageable, total);
	}

	public boolean exists(ResolutionSymbol symbol) {
		return this.resolutions.findBySymbol(symbol.canonical()).isPresent();
	}

	public ResolutionPage page(ResolutionSymbol symbol) {
		Resolution resolution = this.resolutions.findPageBySymbol(symbol.canonical())
			.orElseThrow(() -> new NotFoundException("resolution"));
		return new ResolutionPage(resolution, this.resolutions.findReferringTo(resolution),
				adoptedBy(ProgrammeBudget.class, resolution), adoptedBy(Amendment.class, resolution),
				adoptedBy(Policy.class, resolution), adoptedBy(Decision.class, resolution));
	}

	public List<AssemblySession> sessionsWithResolutions() {
		return this.resolutions.findSessionsWithResolutions();
	}

	public List<String> topicsInUse() {
		return this.resolutions.findTopicsInUse();
	}

	private JdbcClient.StatementSpec filtered(String sql, ResolutionFilter filter) {
		return this.jdbc.sql(sql)
			.param("session", filter.session())
			.param("topic", filter.topic())
			.param("symbolSession", filter.symbolSession())
			.param("number", filter.number());
	}

	/**
	 * The resolutions of these ids with their sessions, in the order of the ids, in one
	 * query.
	 */
	private List<Resolution> inOrder(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Resolution> found = this.resolutions.findWithSessionByIdIn(ids)
			.stream()
			.collect(Collectors.toMap(Resolution::getId, Function.identity()));
		return ids.stream().map(found::get).toList();
	}

	private <T> List<T> adoptedBy(Class<T> type, Resolution resolution) {
		return this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e.resolution = :resolution", type)
			.setParameter("resolution", resolution)
			.getResultList();
	}

	private record Row(long id, long total, String headline) {
	}

}
