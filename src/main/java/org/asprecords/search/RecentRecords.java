package org.asprecords.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public records most recently published or changed, newest first, of every kind at
 * once: what the Atom feeds list. Optionally only the records of one session, or only
 * those the site search would find for some words.
 */
@Service
@Transactional(readOnly = true)
public class RecentRecords {

	/** How many records a feed lists: the newest. */
	public static final int FEED_SIZE = 50;

	/**
	 * A feed's order within a kind, and its length written in as a number (so that the
	 * plan knows how few rows it needs): the order of each kind's index of update times
	 * (V25), which a kind reads backwards and stops.
	 */
	private static final String NEWEST_OF_KIND = " order by updated_at desc, record_id desc limit " + FEED_SIZE;

	/**
	 * A feed's order: newest first, then (records saved at once, as by an import) by kind
	 * and newest entered first. Bare names: in an {@code order by} they name the columns
	 * selected, before those of a joined table.
	 */
	private static final String NEWEST = " order by updated_at desc, kind, record_id desc";

	private final JdbcClient jdbc;

	private final RecordTitles titles;

	RecentRecords(JdbcClient jdbc, RecordTitles titles) {
		this.jdbc = jdbc;
		this.titles = titles;
	}

	/**
	 * @param kinds the kinds of record listed
	 * @param sessionId only the records of this session (and the session itself), or null
	 * for all
	 * @param text only the records matching these words (as the site search reads them),
	 * or null for all
	 */
	public List<RecentRecord> newest(Collection<SearchKind> kinds, Long sessionId, String text) {
		List<SearchKind> listed = kinds.stream()
			.filter((kind) -> sessionId == null || kind == SearchKind.SESSION || kind.inSession())
			.toList();
		if (listed.isEmpty() || (text != null && text.isBlank())) {
			return List.of();
		}
		// Each kind gives its own newest, in the order of the whole feed: the feed's
		// newest are among them, and no kind reads more than the feed lists.
		String union = listed.stream()
			.map((kind) -> "(" + kind.recentSelect(sessionId != null, text != null) + NEWEST_OF_KIND + ")")
			.collect(Collectors.joining("\nunion all\n"));
		var query = this.jdbc.sql("select n.*, " + RecordTitles.SESSION_COLUMNS + " from (select * from (" + union
				+ ") r" + NEWEST + " limit " + FEED_SIZE + ") n" + RecordTitles.sessionJoin("n") + NEWEST);
		if (sessionId != null) {
			query = query.param("session", sessionId);
		}
		if (text != null) {
			query = query.param("text", text);
			// The newest matches of a common word are found walking back through the
			// records, those of a rare one from the text's index: one plan kept for any
			// words (the portal's rule, application.properties) took 11 ms with a
			// hundred times the shipped records where a plan for the words took 3 + 2.5.
			this.jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		}
		return query.query((rs, n) -> row(rs)).list().stream().map(this::record).toList();
	}

	/**
	 * The public records of one kind among these ids, by id: what an alert names (a
	 * record gone from the public is left out).
	 */
	public Map<Long, RecentRecord> of(SearchKind kind, Collection<Long> ids) {
		Map<Long, RecentRecord> found = new HashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		this.jdbc
			.sql("select n.*, " + RecordTitles.SESSION_COLUMNS + " from (" + kind.recentSelect(false, false)
					+ " and x.id in (:ids)) n" + RecordTitles.sessionJoin("n"))
			.param("ids", ids)
			.query((rs, n) -> found.put(rs.getLong("record_id"), record(row(rs))))
			.list();
		return found;
	}

	/** The id of the public record of this kind whose page is at {@code path}. */
	public Optional<Long> idOf(SearchKind kind, String path) {
		return this.jdbc.sql("select n.record_id from (" + kind.recentSelect(false, false) + ") n where n.path = :path")
			.param("path", path)
			.query(Long.class)
			.optional();
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(SearchKind.valueOf(rs.getString("kind")), rs.getString("path"), rs.getString("title"),
				rs.getString("label"), RecordTitles.session(rs), rs.getString("doc"),
				instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("updated_at")));
	}

	private RecentRecord record(Row row) {
		RecordTitles.Titled titled = this.titles.of(row.kind(), row.title(), row.label(), row.session());
		return new RecentRecord(row.kind(), row.path(), titled.title(), titled.session(), row.text(), row.publishedAt(),
				row.updatedAt());
	}

	/**
	 * When the newest of all public records changed, or null when there is none: what an
	 * empty feed says it was last updated.
	 */
	public Instant lastChange() {
		// Each kind's newest alone, read backwards on its index of update times (V25):
		// the maximum over every record's date read them all, however many there are.
		String newestOfEach = Arrays.stream(SearchKind.values())
			.map((kind) -> "(" + kind.recentSelect(false, false) + " order by updated_at desc limit 1)")
			.collect(Collectors.joining("\nunion all\n"));
		return this.jdbc.sql("select max(r.updated_at) from (" + newestOfEach + ") r")
			.query((rs, n) -> instant(rs.getTimestamp(1)))
			.single();
	}

	/**
	 * How many public record pages a part of the sitemap lists at most: a part is read on
	 * its records' primary keys, so that it costs the same however many records there are
	 * (one sitemap of every page read and wrote 37,000 addresses, 0.6 s a request, with a
	 * hundred times the shipped records).
	 */
	public static final int SITEMAP_PART = 2000;

	/**
	 * The parts of the sitemap of each kind of record, for the kinds with public records:
	 * a part holds the records whose ids are in a range of {@link #SITEMAP_PART}, from
	 * the first, so that a record stays in its part as others are added. A part whose
	 * records are all drafts or in the trash is left out: a sitemap lists at least one
	 * page.
	 */
	public Map<SearchKind, List<Integer>> sitemapParts() {
		String union = Arrays.stream(SearchKind.values())
			.map(SearchKind::sitemapPartsSelect)
			.collect(Collectors.joining("\nunion all\n"));
		Map<SearchKind, List<Integer>> parts = new EnumMap<>(SearchKind.class);
		// Not knowing how few parts there are to probe, PostgreSQL would start parallel
		// workers for them: 50 ms with a hundred times the shipped records, for 3 ms of
		// probing.
		this.jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
		this.jdbc.sql("select * from (" + union + ") p order by kind, part").param("size", SITEMAP_PART).query((rs) -> {
			parts.computeIfAbsent(SearchKind.valueOf(rs.getString("kind")), (kind) -> new ArrayList<>())
				.add(rs.getInt("part"));
		});
		return parts;
	}

	/**
	 * The public pages of a part of the sitemap (from 1), with when each record last
	 * changed, in the order the records were entered.
	 */
	public List<Page> pages(SearchKind kind, int part) {
		return this.jdbc.sql(kind.pagesSelect())
			.param("first", (long) (part - 1) * SITEMAP_PART + 1)
			.param("last", (long) part * SITEMAP_PART)
			.query((rs, n) -> new Page(rs.getString("path"), instant(rs.getTimestamp("updated_at"))))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private record Row(SearchKind kind, String path, String title, String label, RecordTitles.Session session,
			String text, Instant publishedAt, Instant updatedAt) {
	}

	/**
	 * @param path where a record's page is, from the portal's root
	 * @param updatedAt when the record last changed
	 */
	public record Page(String path, Instant updatedAt) {
	}

	/**
	 * A record as a feed lists it.
	 *
	 * @param kind what kind of record it is
	 * @param path where its page is, from the portal's root
	 * @param title what it is called
	 * @param session the name of its session, or null
	 * @param text its text (title, summary, quote, ...), or null
	 * @param publishedAt when it was made public
	 * @param updatedAt when it last changed
	 */
	public record RecentRecord(SearchKind kind, String path, String title, String session, String text,
			Instant publishedAt, Instant updatedAt) {
	}

}
