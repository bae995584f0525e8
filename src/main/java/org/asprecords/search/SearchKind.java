package org.asprecords.search;

import org.asprecords.db.Visibility;

/**
 * The kinds of record the site-wide search looks through, in the order results are
 * grouped. Each is one {@code select} producing the columns the search query combines:
 * where the record's page is, its title where SQL can give it, a label key for the rest,
 * its session, the text excerpts come from, the text search configuration its index uses,
 * and its rank. Only what the public may see is searched: {@link Visibility}.
 */
enum SearchKind {

	SESSION(false,
			"""
					select 'SESSION' kind, '/sessions/' || x.slug path, null title, null label, x.id session_id,
					       concat_ws(' — ', x.venue, x.city, x.summary) doc, 'portal_english' cfg, ts_rank(x.search_vector, q.e) rank
					from assembly_session x, q where x.search_vector @@ q.e"""),

	RESOLUTION(true,
			"""
					select 'RESOLUTION', '/resolutions/' || x.symbol, x.symbol || coalesce(': ' || x.title, ''), null, x.session_id,
					       concat_ws(' — ', x.title, x.summary), 'portal_english', ts_rank(x.search_vector, q.e)
					from resolution x, q where x.search_vector @@ q.e"""),

	ELECTION(true, """
			select 'ELECTION', '/elections/' || s.slug || '/' || x.slug, null, x.body, x.session_id,
			       x.summary, 'portal_english', ts_rank(x.search_vector, q.e)
			from election x join assembly_session s on s.id = x.session_id, q where x.search_vector @@ q.e"""),

	BUDGET(true, """
			select 'BUDGET', '/budgets/' || x.year, null, x.year::text, x.session_id,
			       x.note, 'portal_english', ts_rank(x.search_vector, q.e)
			from programme_budget x, q where x.search_vector @@ q.e"""),

	STATEMENT(true,
			"""
					select 'STATEMENT', '/statements/' || s.slug || '/' || x.slug,
					       coalesce((select string_agg(p.name, ', ' order by ss.position) from statement_speaker ss
					                 join person p on p.id = ss.person_id where ss.statement_id = x.id),
					                (select st.name from state st where st.id = x.speaker_state_id), x.speaker_label,
					                (select string_agg(o.name, ', ' order by so.position) from statement_organization so
					                 join organization o on o.id = so.organization_id where so.statement_id = x.id)),
					       null, x.session_id, concat_ws(' — ', x.quote, x.summary), 'portal_english', ts_rank(x.search_vector, q.e)
					from statement x join assembly_session s on s.id = x.session_id, q where x.search_vector @@ q.e"""),

	PERSON(false, """
			select 'PERSON', '/people/' || x.slug, x.name, null, null::bigint,
			       concat_ws(' — ', x.name, array_to_string(x.alternative_names, ', '), x.note), 'portal_simple',
			       ts_rank(x.search_vector, q.s)
			from person x, q where x.search_vector @@ q.s"""),

	STATE(false, """
			select 'STATE', '/states/' || x.slug, x.name, null, null::bigint,
			       concat_ws(' — ', x.name, array_to_string(x.alternative_names, ', ')), 'portal_simple',
			       ts_rank(x.search_vector, q.s)
			from state x, q where x.search_vector @@ q.s"""),

	ORGANIZATION(false, """
			select 'ORGANIZATION', '/organizations/' || x.slug, x.name || coalesce(' (' || x.acronym || ')', ''), null,
			       null::bigint, concat_ws(' — ', x.name, x.acronym, array_to_string(x.alternative_names, ', ')),
			       'portal_simple', ts_rank(x.search_vector, q.s)
			from organization x, q where x.search_vector @@ q.s"""),

	SIDE_EVENT(true, """
			select 'SIDE_EVENT', '/sessions/' || s.slug || '/side-events/' || x.slug, x.title, null, x.session_id,
			       x.summary, 'portal_english', ts_rank(x.search_vector, q.e)
			from side_event x join assembly_session s on s.id = x.session_id, q where x.search_vector @@ q.e"""),

	AMENDMENT(true, """
			select 'AMENDMENT', '/sessions/' || s.slug || '/amendments/' || x.slug, x.subject, null, x.session_id,
			       concat_ws(' — ', x.provision, x.subject), 'portal_english', ts_rank(x.search_vector, q.e)
			from amendment x join assembly_session s on s.id = x.session_id, q where x.search_vector @@ q.e"""),

	POLICY(true, """
			select 'POLICY', '/sessions/' || s.slug || '/policies/' || x.slug, x.name, null, x.session_id,
			       x.summary, 'portal_english', ts_rank(x.search_vector, q.e)
			from policy x join assembly_session s on s.id = x.session_id, q where x.search_vector @@ q.e"""),

	DECISION(true, """
			select 'DECISION', '/sessions/' || s.slug || '/decisions/' || x.slug, x.title, null, x.session_id,
			       x.summary, 'portal_english', ts_rank(x.search_vector, q.e)
			from decision x join assembly_session s on s.id = x.session_id, q where x.search_vector @@ q.e""");

	private final String select;

	SearchKind(boolean inSession, String select) {
		this.select = select + " and " + Visibility.of("x", inSession);
	}

	String select() {
		return this.select;
	}

}
