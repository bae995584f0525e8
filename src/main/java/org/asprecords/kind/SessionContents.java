package org.asprecords.kind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.asprecords.db.AllRecords;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything a session holds, drafts included and the trash left out, kind by kind in the
 * order its admin page lists them: read in one query over the tables of the kinds a
 * session holds ({@link RecordKind#held()}).
 */
@Service
@AllRecords
public class SessionContents {

	/** The kinds in the order the page shows them: what the Assembly adopted first. */
	static final List<RecordKind> ORDER = List.of(RecordKind.RESOLUTION, RecordKind.ELECTION, RecordKind.BUDGET,
			RecordKind.AMENDMENT, RecordKind.POLICY, RecordKind.DECISION, RecordKind.ACCESSION, RecordKind.PRESIDENT,
			RecordKind.STATEMENT, RecordKind.SIDE_EVENT);

	/** No session holds more of one kind than this on its admin page. */
	static final int MOST_OF_A_KIND = 500;

	private static final String QUERY = ORDER.stream()
		.map((kind) -> "(select '%s' kind, x.id, %s title, x.published from %s x where %s and x.deleted_at is null order by x.id limit %d)"
			.formatted(kind.name(), kind.held().orElseThrow().title(), kind.table(),
					kind.held().orElseThrow().condition(), MOST_OF_A_KIND))
		.collect(Collectors.joining("\nunion all\n"));

	private final Sessions sessions;

	private final JdbcClient jdbc;

	SessionContents(Sessions sessions, JdbcClient jdbc) {
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Page of(long sessionId) {
		AssemblySession session = this.sessions.get(sessionId);
		Map<RecordKind, List<Line>> lines = new LinkedHashMap<>();
		ORDER.forEach((kind) -> lines.put(kind, new ArrayList<>()));
		this.jdbc.sql(QUERY)
			.param("session", sessionId)
			.query((rs, n) -> new Line(RecordKind.valueOf(rs.getString("kind")), rs.getLong("id"),
					rs.getString("title"), rs.getBoolean("published")))
			.list()
			.forEach((line) -> lines.get(line.kind()).add(line));
		List<Group> groups = lines.entrySet()
			.stream()
			.map((e) -> new Group(e.getKey(), List.copyOf(e.getValue())))
			.toList();
		return new Page(session.getId(), session.getSlug(), session.isPublished(), groups);
	}

	/**
	 * The page of a session's records.
	 *
	 * @param slug the session's slug, which the "add" links give the new record's form
	 */
	public record Page(long id, String slug, boolean published, List<Group> groups) {
	}

	/** The records of one kind a session holds. */
	public record Group(RecordKind kind, List<Line> lines) {
	}

	/** A record a session holds, by what it is called among them. */
	public record Line(RecordKind kind, long id, String title, boolean published) {
	}

}
