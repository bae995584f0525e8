package org.asprecords.db;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which rows refer to a record, read from the database's own foreign keys, so that a
 * table added later is covered without a change here. Moving a record to the trash is
 * refused while records out of the trash refer to it (a public page would link to a
 * missing record); bringing one back is refused while a record it refers to is in the
 * trash. Rows a record owns (foreign keys with {@code on delete cascade}) do not count.
 */
@Component
public class References {

	private static final String INCOMING = """
			select c.conrelid::regclass::text as from_table, a.attname as from_column,
			       exists (select 1 from pg_attribute d where d.attrelid = c.conrelid and d.attname = 'deleted_at'
			               and not d.attisdropped) as trashable
			from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
			where c.contype = 'f' and c.confrelid = cast(:table as regclass) and c.confdeltype <> 'c'
			order by 1, 2""";

	private static final String OUTGOING = """
			select c.confrelid::regclass::text as to_table, a.attname as from_column
			from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
			where c.contype = 'f' and c.conrelid = cast(:table as regclass)
			  and exists (select 1 from pg_attribute d where d.attrelid = c.confrelid and d.attname = 'deleted_at'
			              and not d.attisdropped)
			order by 1, 2""";

	/**
	 * Every foreign key, with whether the tables at its two ends are records (have
	 * {@code published}).
	 */
	private static final String EDGES = """
			select c.oid as id, c.conrelid::regclass::text as from_table, a.attname as from_column,
			       c.confrelid::regclass::text as to_table, c.confdeltype = 'c' as owned,
			       exists (select 1 from pg_attribute d where d.attrelid = c.conrelid and d.attname = 'published'
			               and not d.attisdropped) as from_record,
			       exists (select 1 from pg_attribute d where d.attrelid = c.confrelid and d.attname = 'published'
			               and not d.attisdropped) as to_record
			from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
			where c.contype = 'f'""";

	/**
	 * The table of sessions: what refers to a session is shown only while the session is
	 * (the {@link Visibility} restrictions say so), so references to a session never
	 * count here.
	 */
	private static final String SESSIONS = "assembly_session";

	private final JdbcClient jdbc;

	// The schema does not change while the portal runs: each table's counting query is
	// built once.
	private final Map<String, String> referrersQueries = new ConcurrentHashMap<>();

	private final Map<String, String> trashedQueries = new ConcurrentHashMap<>();

	private final Map<String, String> hiddenQueries = new ConcurrentHashMap<>();

	private final Map<String, String> shownReferrersQueries = new ConcurrentHashMap<>();

	private volatile List<Edge> edges;

	References(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The rows out of the trash that refer to this record, counted by table.
	 */
	public List<Count> to(String table, long id) {
		String sql = this.referrersQueries.computeIfAbsent(table, this::referrersQuery);
		return counts(sql, id);
	}

	/**
	 * The records in the trash this record refers to, counted by table.
	 */
	public List<Count> trashedFrom(String table, long id) {
		String sql = this.trashedQueries.computeIfAbsent(table, this::trashedQuery);
		return counts(sql, id);
	}

	/**
	 * The records this record refers to, itself or through the rows it owns (a
	 * statement's speakers, an election's candidates), that the public does not see:
	 * drafts and records in the trash, counted by table. A published record must have
	 * none, or its page would name a record that is not there.
	 */
	public List<Count> hiddenFrom(String table, long id) {
		return hiddenFrom(table, List.of(id));
	}

	/**
	 * The records these records of one table refer to that the public does not see (see
	 * {@link #hiddenFrom(String, long)}), counted by table for them all.
	 */
	public List<Count> hiddenFrom(String table, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return counts(this.hiddenQueries.computeIfAbsent(table, this::hiddenQuery), "ids", ids);
	}

	/**
	 * The published records out of the trash that refer to this record, themselves or
	 * through the rows they own, counted by table (the owned rows' table). This record
	 * cannot become a draft while there are any.
	 */
	public List<Count> shownTo(String table, long id) {
		return counts(this.shownReferrersQueries.computeIfAbsent(table, this::shownReferrersQuery), id);
	}

	/**
	 * The SQL condition that the record {@code x} of {@code table} is the row {@code id}
	 * (an SQL expression) of {@code to}, or refers to it, itself or through the rows it
	 * owns (a statement's speakers, a side event's organizers): what a follower of a
	 * State, a person or an organization hears of.
	 */
	public String refersTo(String table, String to, String id) {
		List<String> conditions = new ArrayList<>();
		if (table.equals(to)) {
			conditions.add("x.id = " + id);
		}
		for (Edge edge : edges()) {
			if (edge.from().equals(table) && edge.to().equals(to)) {
				conditions.add("x." + quote(edge.column()) + " = " + id);
			}
			if (edge.to().equals(table) && edge.owned()) {
				for (Edge owned : edges()) {
					if (owned.from().equals(edge.from()) && owned.id() != edge.id() && owned.to().equals(to)) {
						conditions.add("exists (select 1 from " + quote(edge.from()) + " o where o."
								+ quote(edge.column()) + " = x.id and o." + quote(owned.column()) + " = " + id + ")");
					}
				}
			}
		}
		return conditions.isEmpty() ? "false" : "(" + String.join(" or ", conditions) + ")";
	}

	private String hiddenQuery(String table) {
		List<String> selects = new ArrayList<>();
		for (Edge edge : edges()) {
			if (edge.from().equals(table) && edge.toRecord() && !edge.to().equals(SESSIONS)) {
				selects.add("select '" + edge.to() + "' tbl, count(*) n from " + quote(edge.to())
						+ " t where t.id in (select " + quote(edge.column()) + " from " + quote(table)
						+ " where id in (:ids)) and " + HIDDEN);
			}
			if (edge.to().equals(table) && edge.owned()) {
				for (Edge owned : edges()) {
					if (owned.from().equals(edge.from()) && owned.id() != edge.id() && owned.toRecord()
							&& !owned.to().equals(SESSIONS)) {
						selects.add("select '" + owned.to() + "' tbl, count(*) n from " + quote(edge.from())
								+ " x join " + quote(owned.to()) + " t on t.id = x." + quote(owned.column())
								+ " where x." + quote(edge.column()) + " in (:ids) and " + HIDDEN);
					}
				}
			}
		}
		return String.join("\nunion all\n", selects);
	}

	private String shownReferrersQuery(String table) {
		List<String> selects = new ArrayList<>();
		if (table.equals(SESSIONS)) {
			return "";
		}
		for (Edge edge : edges()) {
			if (!edge.to().equals(table)) {
				continue;
			}
			if (edge.fromRecord()) {
				selects.add("select '" + edge.from() + "' tbl, count(*) n from " + quote(edge.from()) + " r where r."
						+ quote(edge.column()) + " = :id and r.published and r.deleted_at is null"
						+ (edge.from().equals(table) ? " and r.id <> :id" : ""));
			}
			else {
				for (Edge owner : edges()) {
					if (owner.from().equals(edge.from()) && owner.owned() && owner.toRecord()) {
						selects
							.add("select '" + edge.from() + "' tbl, count(*) n from " + quote(edge.from()) + " x join "
									+ quote(owner.to()) + " o on o.id = x." + quote(owner.column()) + " where x."
									+ quote(edge.column()) + " = :id and o.published and o.deleted_at is null");
					}
				}
			}
		}
		return String.join("\nunion all\n", selects);
	}

	private List<Edge> edges() {
		List<Edge> known = this.edges;
		if (known == null) {
			known = this.jdbc.sql(EDGES)
				.query((rs, n) -> new Edge(rs.getLong("id"), rs.getString("from_table"), rs.getString("from_column"),
						rs.getString("to_table"), rs.getBoolean("owned"), rs.getBoolean("from_record"),
						rs.getBoolean("to_record")))
				.list();
			this.edges = known;
		}
		return known;
	}

	private List<Count> counts(String sql, long id) {
		return counts(sql, "id", id);
	}

	private List<Count> counts(String sql, String parameter, Object value) {
		if (sql.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(sql)
			.param(parameter, value)
			.query((rs, n) -> new Count(rs.getString("tbl"), rs.getLong("n")))
			.list()
			.stream()
			.filter((count) -> count.rows() > 0)
			.toList();
	}

	private String referrersQuery(String table) {
		return this.jdbc.sql(INCOMING).param("table", table).query((rs, n) -> {
			String from = rs.getString("from_table");
			String where = quote(rs.getString("from_column")) + " = :id"
					+ (rs.getBoolean("trashable") ? " and deleted_at is null" : "")
					+ (from.equals(table) ? " and id <> :id" : "");
			return "select '" + from + "' tbl, count(*) n from " + quote(from) + " where " + where;
		}).list().stream().collect(Collectors.joining("\nunion all\n"));
	}

	private String trashedQuery(String table) {
		return this.jdbc.sql(OUTGOING)
			.param("table", table)
			.query((rs, n) -> "select '" + rs.getString("to_table") + "' tbl, count(*) n from "
					+ quote(rs.getString("to_table")) + " t where t.deleted_at is not null and t.id = (select "
					+ quote(rs.getString("from_column")) + " from " + quote(table) + " where id = :id)")
			.list()
			.stream()
			.collect(Collectors.joining("\nunion all\n"));
	}

	// Names come from the catalog, never from a request; quoting keeps them exact anyway.
	private static String quote(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

	/** A target the public does not see (alias {@code t}). */
	private static final String HIDDEN = "not (t.published and t.deleted_at is null)";

	/**
	 * A foreign key: its table and column, the table it refers to, whether its rows
	 * belong to that row ({@code on delete cascade}), and whether either table holds
	 * records.
	 */
	private record Edge(long id, String from, String column, String to, boolean owned, boolean fromRecord,
			boolean toRecord) {
	}

	/**
	 * How many rows of a table: a referrer, or a record in the trash. Serializable: it
	 * travels in a flash attribute, which Spring Session stores.
	 */
	public record Count(String table, long rows) implements Serializable {
	}

}
