package org.asprecords.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.asprecords.kind.RecordKind;
import org.asprecords.trash.Trash;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shipped 22nd session, which the tests that enter a whole session by forms delete
 * and enter again: its source file, its President, its public pages, and its deletion.
 */
public final class ShippedSession {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ShippedSession() {
	}

	/** The session file of the 22nd session, as shipped. */
	public static JsonNode file() {
		return read("records/sessions/asp-22.json");
	}

	/** The public pages of session 22 and of every record it holds. */
	public static List<String> publicPages(JsonNode file) {
		List<String> pages = new ArrayList<>(List.of("/sessions/22", "/presidents", "/budgets/2024"));
		file.get("resolutions").forEach((entry) -> pages.add("/resolutions/" + entry.get("symbol").asString()));
		file.get("elections").forEach((entry) -> pages.add("/elections/22/" + entry.get("key").asString()));
		file.get("statements").forEach((entry) -> pages.add("/statements/22/" + entry.get("key").asString()));
		for (String kind : List.of("sideEvents", "amendments", "policies", "decisions")) {
			String path = switch (kind) {
				case "sideEvents" -> "side-events";
				default -> kind;
			};
			file.get(kind).forEach((entry) -> pages.add("/sessions/22/" + path + "/" + entry.get("key").asString()));
		}
		return pages;
	}

	/**
	 * Moves session 22, everything it holds and the presidency that ended with it to the
	 * trash, and empties the trash, as an admin would.
	 */
	public static void delete(JdbcClient jdbc, Trash trash) {
		long session = jdbc.sql("select id from assembly_session where slug = '22'").query(Long.class).single();
		for (RecordKind kind : RecordKind.values()) {
			kind.held()
				.ifPresent((held) -> jdbc
					.sql("update " + kind.table() + " x set deleted_at = now() where " + held.condition())
					.param("session", session)
					.update());
		}
		jdbc.sql("update assembly_session set deleted_at = now() where id = ?").param(session).update();
		trash.empty();
	}

	/**
	 * The id of a side event of session 22 by its key, as the statement form's select of
	 * side events has it.
	 */
	public static UnaryOperator<String> sideEventIds(JdbcClient jdbc) {
		return (key) -> jdbc.sql("""
				select e.id from side_event e join assembly_session s on s.id = e.session_id
				where s.slug = '22' and e.slug = ?""").param(key).query(String.class).single();
	}

	private static JsonNode read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return JSON.readTree(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The presidency that ended with the 22nd session, as the shipped directory records
	 * it.
	 */
	public static JsonNode president() {
		for (JsonNode president : read("records/directory.json").get("presidents")) {
			if ("22".equals(president.path("toSession").asString(null))) {
				return president;
			}
		}
		throw new AssertionError("no presidency ending with the 22nd session in records/directory.json");
	}

}
