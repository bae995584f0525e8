package org.asprecords.opendata;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
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

	/** How many records of each kind the public sees, in the order of kinds. */
	public Map<RecordKind, Long> counts() {
		return this.cache.get("coverage-counts", () -> {
			String union = Arrays.stream(RecordKind.values())
				.map((kind) -> "select '%s' kind, count(*) total from %s x where %s".formatted(kind.name(),
						kind.table(), Visibility.of("x", inSession(kind))))
				.collect(Collectors.joining("\nunion all\n"));
			Map<RecordKind, Long> counts = new EnumMap<>(RecordKind.class);
			this.jdbc.sql(union)
				.query((rs, n) -> counts.put(RecordKind.valueOf(rs.getString("kind")), rs.getLong("total")))
				.list();
			// not Map.copyOf: its order changes from one start to the next, and so would
			// the
			// page's table (and its ETag, from one instance to another)
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
