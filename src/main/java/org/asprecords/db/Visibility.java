package org.asprecords.db;

/**
 * What the public sees: published records out of the trash, and of a session only while
 * the session itself is shown. Every record entity carries one of the restrictions below
 * ({@code @SQLRestriction}); Hibernate adds it to every query and load of the entity, so
 * a public page that forgets about drafts still cannot show one. Admin code sees every
 * record through {@link AllRecords}, which sets {@code portal.all_records} for its
 * transaction ({@code portal_all_records()} in the database).
 * <p>
 * A restriction rather than a Hibernate filter: Hibernate does not reuse a query's
 * translation to SQL while a filter is enabled, and translating every query again cost a
 * quarter to a half of a rendered page's CPU. Native SQL (search, the lists, the home
 * page's figures) adds the same conditions through {@link #of(String, boolean)}.
 */
public final class Visibility {

	/**
	 * A row shown on its own account, in a restriction: Hibernate qualifies the columns
	 * with the entity's alias.
	 */
	public static final String ROW = "published and deleted_at is null";

	/** What ends every restriction: admin transactions see every record. */
	public static final String OR_ALL_RECORDS = " or portal_all_records()";

	/** The restriction of a record shown on its own account. */
	public static final String SHOWN = "(" + ROW + ")" + OR_ALL_RECORDS;

	/**
	 * The session a column names is shown on its own account, in a restriction:
	 * {@code SESSION + "parent_id" + IS_SHOWN}, as constants, since annotations take
	 * them.
	 */
	public static final String SESSION = "(select ps.published and ps.deleted_at is null from assembly_session ps"
			+ " where ps.id = ";

	/** The end of {@link #SESSION}. */
	public static final String IS_SHOWN = ")";

	/**
	 * A row's session is published and out of the trash, in a restriction. Written out
	 * rather than as {@code public_session(session_id)}: PostgreSQL never inlines a SQL
	 * function that holds a subquery and runs it as a query of its own for each row (most
	 * of the time of a session page's queries), where this is one index lookup. A scalar
	 * subquery, not {@code exists}: PostgreSQL may turn an {@code exists} into a hash of
	 * every published session, built for each query (3.4 ms at 3,500 sessions); no row
	 * (no such session) is null, which no restriction lets through. A resumed session's
	 * records follow the session it resumes, as the resumed session does
	 * ({@link #SESSION_ROW}); the inner lookup runs only for a resumed session.
	 */
	public static final String SESSION_SHOWN = "(select ps.published and ps.deleted_at is null and (ps.parent_id is null"
			+ " or (select pp.published and pp.deleted_at is null from assembly_session pp where pp.id = ps.parent_id))"
			+ " from assembly_session ps where ps.id = session_id)";

	/**
	 * A session shown, in a restriction: on its own account and, if it resumes a session,
	 * while that one is shown too.
	 */
	public static final String SESSION_ROW = ROW + " and (parent_id is null or " + SESSION + "parent_id" + IS_SHOWN
			+ ")";

	/** The restriction of a record of a session. */
	public static final String SHOWN_IN_SESSION = "(" + ROW + " and " + SESSION_SHOWN + ")" + OR_ALL_RECORDS;

	/** A record shown on its own account: published and not in the trash. */
	public static final String OWN = "{alias}.published and {alias}.deleted_at is null";

	/** A record of a session: shown on its own account and while its session is shown. */
	public static final String IN_SESSION = OWN + " and public_session({alias}.session_id)";

	private Visibility() {
	}

	/**
	 * Keeps in the SQL a session joined in JPQL ({@code join e.session s}) that nothing
	 * else names: Hibernate leaves such a join out, and the session's restriction with it
	 * (a session is shown only with the session it resumes), so that a count counted what
	 * its list leaves out.
	 * @param session the session's alias ({@code s})
	 * @param record the alias of the record it is joined from ({@code e})
	 */
	public static String sessionJoined(String session, String record) {
		return session + ".id = fk(" + record + ".session)";
	}

	/**
	 * The condition for native SQL, on the table known by this alias.
	 * @param inSession whether the table's rows belong to a session ({@code session_id})
	 */
	public static String of(String alias, boolean inSession) {
		return (inSession ? IN_SESSION : OWN).replace("{alias}", alias);
	}

	/**
	 * The condition for native SQL on a record of a session whose session is joined too,
	 * under {@code sessionAlias}: the same as {@code of(alias, true)}, written on the
	 * joined row, so that a list or a count joins the sessions once rather than calling
	 * {@code public_session} for each of its rows (which costs most of such a query). A
	 * resumed session's records are shown while the session it resumes is, as its page
	 * is: a list that kept them linked to pages not found, and the elections list, which
	 * reads its records by the ids found here, failed on the ones it could not read.
	 */
	public static String of(String alias, String sessionAlias) {
		return OWN.replace("{alias}", alias) + " and " + session(sessionAlias);
	}

	/**
	 * The condition for native SQL on a session known by this alias: shown on its own
	 * account and, if it resumes a session, with it ({@link #SESSION_ROW}).
	 */
	public static String session(String alias) {
		return OWN.replace("{alias}", alias) + " and (" + alias + ".parent_id is null or " + SESSION + alias
				+ ".parent_id" + IS_SHOWN + ")";
	}

}
