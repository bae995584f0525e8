package org.asprecords.resolution;

import java.util.ArrayList;
import java.util.List;

import org.asprecords.db.RecordsCache;
import org.asprecords.db.Visibility;
import org.asprecords.db.Where;
import org.asprecords.db.Excerpts;
import org.asprecords.session.AssemblySession;
import org.asprecords.web.Pagination;
import java.util.Optional;

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

	/**
	 * The matches of the words, ranked, a page at a time, with the text excerpted and the
	 * words as PostgreSQL reads them ({@link Excerpts}).
	 */
	private static final String SEARCH = """
			select r.id, concat_ws(' — ', r.title, r.summary) doc, q::text query
			%s, websearch_to_tsquery('portal_english', :text) q
			%s
			order by ts_rank(r.search_vector, q) desc, r.id
			limit :limit offset :offset""";

	/** How many resolutions match the words, counted on the same index. */
	private static final String SEARCH_COUNT = """
			select count(*) %s, websearch_to_tsquery('portal_english', :text) q %s""";

	/** Every list joins the sessions: for their order, and for what the public sees. */
	private static final String FROM = "from resolution r join assembly_session s on s.id = r.session_id";

	private final ResolutionRepository resolutions;

	private final JdbcClient jdbc;

	private final RecordsCache cache;

	ResolutionCatalog(ResolutionRepository resolutions, JdbcClient jdbc, RecordsCache cache) {
		this.resolutions = resolutions;
		this.jdbc = jdbc;
		this.cache = cache;
	}

	public Page<Resolution> list(ResolutionFilter filter, ResolutionSort sort, int page) {
		return list(filter, sort, Pagination.request(page, Sort.unsorted()));
	}

	public Page<Resolution> list(ResolutionFilter filter, ResolutionSort sort, Pageable pageable) {
		Page<Long> ids = narrowed(filter)
			.and("r.symbol_session = :symbolSession", "symbolSession", filter.symbolSession())
			.and("r.number = :number", "number", filter.number())
			.ids(this.jdbc, this.cache, "select r.id " + FROM, "select count(*) " + FROM, "order by " + sort.orderBy(),
					pageable);
		return new PageImpl<>(inOrder(ids.getContent()), pageable, ids.getTotalElements());
	}

	/**
	 * Resolutions whose title or summary match the words, best matches first.
	 */
	public Page<ResolutionHit> search(String text, ResolutionFilter filter, int page) {
		Pageable pageable = Pagination.request(page, Sort.unsorted());
		Where where = narrowed(filter).and("r.search_vector @@ q");
		List<Row> rows = this.jdbc.sql(SEARCH.formatted(FROM, where.sql()))
			.params(where.parameters())
			.param("text", text)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("doc"), rs.getString("query")))
			.list();
		long total = this.jdbc.sql(SEARCH_COUNT.formatted(FROM, where.sql()))
			.params(where.parameters())
			.param("text", text)
			.query(Long.class)
			.single();
		List<Resolution> found = inOrder(rows.stream().map(Row::id).toList());
		List<ResolutionHit> hits = new ArrayList<>();
		Excerpts excerpts = rows.isEmpty() ? null : Excerpts.of(rows.get(0).query(), null);
		for (int i = 0; i < rows.size(); i++) {
			hits.add(new ResolutionHit(found.get(i), excerpts.english(rows.get(i).doc())));
		}
		return new PageImpl<>(hits, pageable, total);
	}

	public boolean exists(ResolutionSymbol symbol) {
		return this.resolutions.findBySymbol(symbol.canonical()).isPresent();
	}

	/**
	 * The sessions the list can be narrowed to, newest first: those with public
	 * resolutions. Kept until a record changes.
	 */
	public List<AssemblySession> sessionsWithResolutions() {
		return this.cache.get("resolution.sessions", this.resolutions::findSessionsWithResolutions);
	}

	/**
	 * The topics the list can be narrowed to: those of public resolutions. Kept until a
	 * record changes.
	 */
	public List<String> topicsInUse() {
		return this.cache.get("resolution.topics", this.resolutions::findTopicsInUse);
	}

	/**
	 * What the public sees, narrowed to the session and the topic if given (the topic as
	 * an array containment, which the topics' GIN index serves).
	 */
	private static Where narrowed(ResolutionFilter filter) {
		return new Where().and(Visibility.of("r", "s"))
			.and("s.slug = :session", "session", filter.session())
			.and("r.topics @> array[cast(:topic as text)]", "topic", filter.topic())
			.and("""
					exists (select 1 from resolution_reference x join resolution t on t.id = x.refers_to_id
					        where x.resolution_id = r.id and t.symbol = :refersTo)""", "refersTo", filter.refersTo());
	}

	/**
	 * The resolutions of these ids with their sessions, in the order of the ids, in one
	 * query.
	 */
	private List<Resolution> inOrder(List<Long> ids) {
		return Where.inOrder(ids, this.resolutions::findWithSessionByIdIn, Resolution::getId);
	}

	private record Row(long id, String doc, String query) {
	}

	/** A resolution with its session and what it refers to, by its canonical symbol. */
	public Optional<Resolution> find(ResolutionSymbol symbol) {
		return this.resolutions.findPageBySymbol(symbol.canonical());
	}

	public List<Resolution> ofSession(AssemblySession session, Pageable pageable) {
		return this.resolutions.findBySession(session, pageable);
	}

}
