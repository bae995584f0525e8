package org.asprecords.db;

import java.util.ArrayList;
import java.util.List;

import org.asprecords.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Excerpts mark a word exactly when PostgreSQL's index reads it as the word searched:
 * every word of the shipped records' English texts (as PostgreSQL's parser cuts them),
 * read by PostgreSQL's English configuration (unaccent, then english_stem; stop words
 * aside), is marked by {@link Excerpts} when the search asks for PostgreSQL's reading of
 * it.
 */
@IntegrationTest
class ExcerptsAgreeWithPostgresIT {

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyWordOfTheShippedTextsIsReadAsPostgresqlReadsIt() {
		List<String[]> words = this.jdbc.sql("""
				select w.token, w.read[1] from (
				  select distinct d.token, tsvector_to_array(to_tsvector('portal_english', d.token)) read
				  from (select concat_ws(' ', title, summary) t from resolution
				        union all select concat_ws(' ', quote, summary) from statement
				        union all select concat_ws(' ', venue, city, summary) from assembly_session
				        union all select summary from election
				        union all select concat_ws(' ', title, summary) from decision) texts,
				       ts_debug('portal_english', texts.t) d
				  where d.alias in ('asciiword', 'word', 'hword_asciipart', 'hword_part')) w
				where cardinality(w.read) = 1""")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		assertThat(words).hasSizeGreaterThan(500);
		List<String> disagreeing = new ArrayList<>();
		for (String[] word : words) {
			Snippet excerpt = Excerpts.of("'" + word[1].replace("'", "''") + "'", null).english(word[0]);
			if (excerpt.parts().stream().noneMatch(Snippet.Part::match)) {
				disagreeing.add(word[0] + " -> " + word[1]);
			}
		}
		assertThat(disagreeing).isEmpty();
	}

}
