package org.asprecords.db;

import java.io.Serializable;
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

	private final JdbcClient jdbc;

	// The schema does not change while the portal runs: each table's counting query is
	// built once.
	private final Map<String, String> referrersQueries = new ConcurrentHashMap<>();

	private final Map<String, String> trashedQueries = new ConcurrentHashMap<>();

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

	private List<Count> counts(String sql, long id) {
		if (sql.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(sql)
			.param("id", id)
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

	/**
	 * How many rows of a table: a referrer, or a record in the trash. Serializable: it
	 * travels in a flash attribute, which Spring Session stores.
	 */
	public record Count(String table, long rows) implements Serializable {
	}

}
