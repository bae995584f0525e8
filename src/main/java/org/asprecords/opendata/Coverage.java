package org.asprecords.opendata;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.asprecords.db.RecordsCache;
import org.asprecords.db.Visibility;
import org.asprecords.kind.RecordKind;
import org.asprecords.session.AssemblySession;
import org.asprecords.session.Sessions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the record holds, as the public sees it: how many records of each kind, and which
 * sessions have their resolutions recorded (most of the Assembly's sessions have none in
 * the sources found so far). Kept until the records change ({@link RecordsCache}):
 * counting reads every row.
 */
@Service
@Transactional(readOnly = true)
public class Coverage {

	private final JdbcClient jdbc;

	private final RecordsCache cache;

	private final Sessions sessions;

	Coverage(JdbcClient jdbc, RecordsCache cache, Sessions sessions) {
		this.jdbc = jdbc;
		this.cache = cache;
		this.sessions = sessions;
	}

	/**
	 * The order of the kinds in the table: sessions and what they decided first, then the
	 * directory (every kind is counted by the union of all kinds).
	 */
	private static final List<RecordKind> ORDER = List.of(RecordKind.SESSION, RecordKind.RESOLUTION,
			RecordKind.ELECTION, RecordKind.BUDGET, RecordKind.STATEMENT, RecordKind.SIDE_EVENT, RecordKind.AMENDMENT,
			RecordKind.POLICY, RecordKind.DECISION, RecordKind.ACCESSION, RecordKind.PRESIDENT, RecordKind.PERSON,
			RecordKind.STATE, RecordKind.ORGANIZATION);

	/** How many records of each kind the public sees, in the order of {@link #ORDER}. */
	public Map<RecordKind, Long> counts() {
		return this.cache.get("coverage-counts", () -> {
			String union = Arrays.stream(RecordKind.values())
				.map((kind) -> "select '%s' kind, count(*) total from %s x where %s".formatted(kind.name(),
						kind.table(), Visibility.of("x", inSession(kind))))
				.collect(Collectors.joining("\nunion all\n"));
			Map<RecordKind, Long> counted = new EnumMap<>(RecordKind.class);
			this.jdbc.sql(union)
				.query((rs, n) -> counted.put(RecordKind.valueOf(rs.getString("kind")), rs.getLong("total")))
				.list();
			// not Map.copyOf, whose order changes from one start to the next, and so
			// would the page's table (and its ETag, from one instance to another)
			Map<RecordKind, Long> counts = new LinkedHashMap<>();
			ORDER.forEach((kind) -> counts.put(kind, counted.get(kind)));
			// a kind added later and not placed in ORDER yet comes last
			counted.forEach(counts::putIfAbsent);
			return Collections.unmodifiableMap(counts);
		});
	}

	/** The sessions with at least one resolution the public sees, the earliest first. */
	public List<AssemblySession> sessionsWithResolutions() {
		return this.cache.get("coverage-resolution-sessions", () -> {
			Long[] ids = this.jdbc
				.sql("select distinct x.session_id from resolution x where " + Visibility.of("x", true))
				.query(Long.class)
				.list()
				.toArray(Long[]::new);
			return (ids.length == 0) ? List.<AssemblySession>of()
					: this.sessions.byIds(ids)
						.stream()
						.sorted(Comparator.comparing(AssemblySession::getStartDate,
								Comparator.nullsLast(Comparator.naturalOrder())))
						.toList();
		});
	}

	/** Whether a kind's records belong to a session, whose visibility they share. */
	private static boolean inSession(RecordKind kind) {
		return kind.held().map((held) -> held.condition().equals("x.session_id = :session")).orElse(false);
	}

}
