package org.asprecords.search;

import java.util.List;

import org.asprecords.db.Visibility;
import org.asprecords.web.RecordPaths;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people, States and organizations whose name is like the words searched, for a
 * search that found nothing: {@code Kaukorenta} for Päivi Kaukoranta,
 * {@code Cote d'Ivoire} without its accent. PostgreSQL's trigram word similarity on the
 * names folded to lowercase without accents ({@code portal_fold}), on a GIN index of each
 * table ({@code V13__names_tolerate_typos.sql}); the best few only.
 */
@Service
@Transactional(readOnly = true)
class NamesLike {

	/** The most names suggested. */
	static final int MOST = 5;

	/**
	 * How much of the words' trigrams a name must share, above pg_trgm's 0.6: one letter
	 * wrong in a ten-letter name ({@code Kaukorenta}) shares 0.57.
	 */
	static final String THRESHOLD = "0.5";

	private static final String QUERY = """
			with q as (select portal_fold(:words) w)
			select kind, path, name from (
			  %s
			  union all
			  %s
			  union all
			  %s) n
			order by similarity desc, name
			limit :limit""".formatted(select("PERSON", "person", RecordPaths.Page.PERSON),
			select("STATE", "state", RecordPaths.Page.STATE),
			select("ORGANIZATION", "organization", RecordPaths.Page.ORGANIZATION));

	private final JdbcClient jdbc;

	NamesLike(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private static String select(String kind, String table, RecordPaths.Page page) {
		return """
				(select '%s' kind, %s path, x.name, word_similarity(q.w, portal_fold(x.name)) similarity
				 from %s x, q where q.w <%% portal_fold(x.name) and %s
				 order by similarity desc limit :limit)""".formatted(kind, page.sql(), table,
				Visibility.of("x", false));
	}

	List<Name> like(String words) {
		if (words.isBlank()) {
			return List.of();
		}
		// For this transaction only: the operator <% reads the threshold from the setting
		this.jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', :threshold, true)")
			.param("threshold", THRESHOLD)
			.query(String.class)
			.single();
		return this.jdbc.sql(QUERY)
			.param("words", words)
			.param("limit", MOST)
			.query((row, n) -> new Name(SearchKind.valueOf(row.getString("kind")), row.getString("path"),
					row.getString("name")))
			.list();
	}

	/**
	 * @param kind a person, a State or an organization
	 * @param path its page
	 * @param name its name
	 */
	public record Name(SearchKind kind, String path, String name) {
	}

}
