package org.asprecords.search;

import java.util.Arrays;
import java.util.Optional;

import org.asprecords.db.Visibility;
import org.asprecords.kind.RecordKind;
import org.asprecords.web.RecordPaths.Page;

/**
 * The kinds of public record, in the order search results are grouped, each described
 * once for every query that lists records of all kinds at once (the site search, the
 * feeds): its table, where its page is, its title where SQL can give it (a label for the
 * rest, turned into words by {@link RecordTitles}, and for a State, or a statement a
 * State delivered, the State's ISO code, by which it is named in the visitor's language),
 * its session, its text (searched, excerpted and summarised), and the text search
 * configuration its index uses. Every query made of these shows only what the public may
 * see: {@link Visibility}.
 */
public enum SearchKind {

	SESSION("sessions", Text.ENGLISH, "assembly_session x", Page.SESSION, "null", "null", "x.id",
			"concat_ws(' — ', x.venue, x.city, x.summary)"),

	RESOLUTION("resolutions", Text.ENGLISH, "resolution x join assembly_session s on s.id = x.session_id",
			Page.RESOLUTION, "x.symbol || coalesce(': ' || x.title, '')", "null", "x.session_id",
			"concat_ws(' — ', x.title, x.summary)"),

	ELECTION("elections", Text.ENGLISH, "election x join assembly_session s on s.id = x.session_id", Page.ELECTION,
			"null", "x.body", "x.session_id", "x.summary"),

	BUDGET("budgets", Text.ENGLISH, "programme_budget x join assembly_session s on s.id = x.session_id", Page.BUDGET,
			"null", "x.year::text", "x.session_id", "x.note"),

	STATEMENT("statements", Text.ENGLISH, "statement x join assembly_session s on s.id = x.session_id", Page.STATEMENT,
			"""
					coalesce((select string_agg(p.name, ', ' order by ss.position) from statement_speaker ss
					          join person p on p.id = ss.person_id where ss.statement_id = x.id),
					         (select st.name from state st where st.id = x.speaker_state_id), x.speaker_label,
					         (select string_agg(o.name, ', ' order by so.position) from statement_organization so
					          join organization o on o.id = so.organization_id where so.statement_id = x.id))""", """
					case when not exists (select 1 from statement_speaker ss where ss.statement_id = x.id)
					     then (select st.code from state st where st.id = x.speaker_state_id) end""", "x.session_id",
			"concat_ws(' — ', x.quote, x.summary)"),

	PERSON("people", Text.SIMPLE, "person x", Page.PERSON, "x.name", "null", "null::bigint",
			"concat_ws(' — ', x.name, array_to_string(x.alternative_names, ', '), x.note)"),

	STATE("states", Text.SIMPLE, "state x", Page.STATE, "x.name", "x.code", "null::bigint",
			"concat_ws(' — ', x.name, array_to_string(x.alternative_names, ', '))"),

	ORGANIZATION("organizations", Text.SIMPLE, "organization x", Page.ORGANIZATION,
			"x.name || coalesce(' (' || x.acronym || ')', '')", "null", "null::bigint",
			"concat_ws(' — ', x.name, x.acronym, array_to_string(x.alternative_names, ', '))"),

	SIDE_EVENT("side-events", Text.ENGLISH, "side_event x join assembly_session s on s.id = x.session_id",
			Page.SIDE_EVENT, "x.title", "null", "x.session_id", "x.summary"),

	AMENDMENT("amendments", Text.ENGLISH, "amendment x join assembly_session s on s.id = x.session_id", Page.AMENDMENT,
			"x.subject", "null", "x.session_id", "concat_ws(' — ', x.provision, x.subject)"),

	POLICY("policies", Text.ENGLISH, "policy x join assembly_session s on s.id = x.session_id", Page.POLICY, "x.name",
			"null", "x.session_id", "x.summary"),

	DECISION("decisions", Text.ENGLISH, "decision x join assembly_session s on s.id = x.session_id", Page.DECISION,
			"x.title", "null", "x.session_id", "x.summary");

	/** The columns every kind's rows have, in the order of the union's first select. */
	private static final String COLUMNS = "select '%s' kind, x.id record_id, %s path, %s title, %s label, %s session_id, %s doc";

	private final String collection;

	private final Text text;

	private final String from;

	private final String columns;

	private final String session;

	private final String path;

	/**
	 * The columns of a match but its path, from the kind's own table alone ({@code x}).
	 */
	private final String matchColumns;

	SearchKind(String collection, Text text, String from, Page page, String title, String label, String session,
			String doc) {
		String path = page.sql();
		this.collection = collection;
		this.text = text;
		this.from = from;
		this.session = session;
		this.path = path;
		this.columns = COLUMNS.formatted(name(), path, title, label, session, doc);
		this.matchColumns = COLUMNS.formatted(name(), "m.path", title, label, session, doc);
	}

	/**
	 * The kind whose records are listed under this name in URLs ({@code resolutions},
	 * {@code side-events}, ...).
	 */
	public static Optional<SearchKind> ofCollection(String collection) {
		return Arrays.stream(values()).filter((kind) -> kind.collection.equals(collection)).findFirst();
	}

	/**
	 * The search's kind of a kind of record, if its records are searched: every kind with
	 * a page of its own is (the compiler asks for a new kind here).
	 */
	public static Optional<SearchKind> of(RecordKind kind) {
		return Optional.ofNullable(switch (kind) {
			case SESSION -> SESSION;
			case RESOLUTION -> RESOLUTION;
			case ELECTION -> ELECTION;
			case BUDGET -> BUDGET;
			case STATEMENT -> STATEMENT;
			case PERSON -> PERSON;
			case STATE -> STATE;
			case ORGANIZATION -> ORGANIZATION;
			case SIDE_EVENT -> SIDE_EVENT;
			case AMENDMENT -> AMENDMENT;
			case POLICY -> POLICY;
			case DECISION -> DECISION;
			// shown on their session's and their State's or person's pages, and on
			// /presidents
			case ACCESSION, PRESIDENT -> null;
		});
	}

	/** The name of this kind's records in URLs, as in {@code /resolutions}. */
	public String collection() {
		return this.collection;
	}

	/**
	 * Whether this kind's text is names, indexed as written rather than as English words
	 * (stemmed): how {@link org.asprecords.db.Excerpts} reads it.
	 */
	boolean readsNames() {
		return this.text == Text.SIMPLE;
	}

	/**
	 * Whether every record of this kind belongs to a session (a session itself does not).
	 */
	public boolean inSession() {
		return this.session.equals("x.session_id");
	}

	/**
	 * A page of the best matches of this kind for the site search's query ({@code q}),
	 * {@code :limit} from {@code :offset}, with the configuration that ranks them
	 * ({@code cfg}), the kind's place in the order of kinds ({@code ord}), their
	 * {@code rank}, and how many match ({@code total}). The GIN index finds the matches;
	 * ranking them reads each once, and counts them on the way. Titles and texts are
	 * worked out for the page's matches only, after the page is cut: for every match,
	 * they cost most of a search of a common word.
	 */
	String searchSelect(SearchScope scope, SearchSort sort) {
		return """
				(%s, '%s' cfg, %d ord, m.rank, m.sort_date, m.total
				 from (select x.id, %s path, ts_rank(x.search_vector, q.%s) rank, %s sort_date, count(*) over () total
				       from %s, q where x.search_vector @@ q.%s and %s%s
				       order by %s limit :limit offset :offset) m
				 join %s on x.id = m.id)""".formatted(this.matchColumns, this.text.config, ordinal(), this.path,
				this.text.query, sortDate(), this.from, this.text.query, visibility(), within(scope),
				sort.order().replace("m.", ""), table());
	}

	/**
	 * How many records of this kind match the site search's query ({@code q}) within the
	 * scope, counted on the GIN index without ranking them.
	 */
	String countSelect(SearchScope scope) {
		return "(select '%s' kind, count(*) total from %s, q where x.search_vector @@ q.%s and %s%s)".formatted(name(),
				this.from, this.text.query, visibility(), within(scope));
	}

	/** The date a match is sorted by: its session's start, or none. */
	private String sortDate() {
		if (this == SESSION) {
			return "x.start_date";
		}
		return inSession() ? "s.start_date" : "null::date";
	}

	/**
	 * The conditions that keep the kind's matches within the scope; none for a kind that
	 * belongs to no session.
	 */
	private String within(SearchScope scope) {
		if (!scope.narrowed() || this.session.equals("null::bigint")) {
			return "";
		}
		return scope.condition(this.session, sortDate(), (this == BUDGET) ? "x.year" : null);
	}

	/** The kind's own table, as {@code x}. */
	private String table() {
		int join = this.from.indexOf(" join ");
		return (join < 0) ? this.from : this.from.substring(0, join);
	}

	/**
	 * The records of this kind as the queries of other features read them: the kind's
	 * table as {@code x}, joined with its session as {@code s} for a kind of a session.
	 */
	public String from() {
		return this.from;
	}

	/** The condition that a record of {@link #from} is public. */
	public String shown() {
		return visibility();
	}

	/**
	 * The session a record of {@link #from} belongs to ({@code x.id} for a session
	 * itself), or SQL null for a kind no session holds.
	 */
	public String sessionOf() {
		return (this == SESSION) ? "x.id" : this.session;
	}

	/**
	 * The condition that a record of {@link #from} is found by a search kept in the
	 * columns of another table: the same words, kind and scope as {@link #searchSelect}
	 * and {@link SearchScope#condition} read from request parameters, read from columns
	 * instead (what a followed search matches).
	 */
	public String foundBy(StoredSearch search) {
		StringBuilder condition = new StringBuilder("(").append(search.kind())
			.append(" is null or ")
			.append(search.kind())
			.append(" = '")
			.append(name())
			.append("') and x.search_vector @@ websearch_to_tsquery('")
			.append(this.text.config)
			.append("', ")
			.append(search.words())
			.append(")");
		if (this.session.equals("null::bigint")) {
			return condition.toString();
		}
		String id = sessionOf();
		String date = sortDate();
		condition.append(" and ((cardinality(")
			.append(search.named())
			.append(") = 0 and cardinality(")
			.append(search.namedYears())
			.append(") = 0) or ")
			.append(id)
			.append(" = any(")
			.append(search.named())
			.append(") or extract(year from ")
			.append(date)
			.append(")::int = any(")
			.append(search.namedYears())
			.append(")");
		if (this == BUDGET) {
			condition.append(" or x.year = any(").append(search.namedYears()).append(")");
		}
		condition.append(") and (")
			.append(search.session())
			.append(" is null or ")
			.append(id)
			.append(" = ")
			.append(search.session())
			.append(") and (")
			.append(search.from())
			.append(" is null or ")
			.append(date)
			.append(" >= make_date(")
			.append(search.from())
			.append(", 1, 1)) and (")
			.append(search.to())
			.append(" is null or ")
			.append(date)
			.append(" < make_date(")
			.append(search.to())
			.append(" + 1, 1, 1))");
		return condition.toString();
	}

	/**
	 * The SQL expressions of a search kept in a table: its words, the kind it is limited
	 * to (text, or null), the sessions and years its query names (arrays), the session
	 * its filter chose and its first and last years (or null).
	 */
	public record StoredSearch(String words, String kind, String named, String namedYears, String session, String from,
			String to) {
	}

	/**
	 * Every public record, with when it was published ({@code published_at}) and last
	 * changed ({@code updated_at}), optionally only those of the session {@code :session}
	 * and matching the words {@code :text}.
	 */
	String recentSelect(boolean ofSession, boolean matching) {
		StringBuilder select = new StringBuilder(this.columns).append(", x.published_at, x.updated_at from ")
			.append(this.from)
			.append(" where ")
			.append(visibility());
		if (ofSession) {
			select.append(" and ").append(this.session).append(" = :session");
		}
		if (matching) {
			select.append(" and x.search_vector @@ websearch_to_tsquery('")
				.append(this.text.config)
				.append("', :text)");
		}
		return select.toString();
	}

	/**
	 * The address ({@code path}) and last change ({@code updated_at}) of this kind's
	 * public records whose ids are from {@code :first} to {@code :last}, in the order of
	 * their ids: a part of the sitemap.
	 */
	String pagesSelect() {
		return "select %s path, x.updated_at from %s where %s and x.id between :first and :last order by x.id"
			.formatted(this.path, this.from, visibility());
	}

	/**
	 * The numbers ({@code part}, from 1) of this kind's sitemap parts that hold a public
	 * record, each part the records whose ids are in one range of {@code :size}, with the
	 * kind's name ({@code kind}). A range is probed on the key until its first public
	 * record: the work grows with the number of parts, not of records.
	 */
	String sitemapPartsSelect() {
		return """
				select '%s' kind, k part from generate_series(1, (select (max(id) - 1) / :size + 1 from %s)) k
				where exists (select 1 from %s where %s and x.id between (k - 1) * :size + 1 and k * :size)"""
			.formatted(name(), table(), this.from, visibility());
	}

	/**
	 * What the public sees of this kind; a kind of a session joins its session as
	 * {@code s}; a resumed session is seen with the session it resumes.
	 */
	private String visibility() {
		return inSession() ? Visibility.of("x", "s")
				: (this == SESSION) ? Visibility.session("x") : Visibility.of("x", false);
	}

	/**
	 * How a kind's text is indexed: English words stemmed, or names as they are (see
	 * {@code V1__records.sql}), and the column of the search query's {@code q} that
	 * matches it.
	 */
	private enum Text {

		ENGLISH("portal_english", "e"), SIMPLE("portal_simple", "s");

		private final String config;

		private final String query;

		Text(String config, String query) {
			this.config = config;
			this.query = query;
		}

	}

}
