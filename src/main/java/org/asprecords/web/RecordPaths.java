package org.asprecords.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Where every kind of public record lives. Each record page's address is built here: in
 * Java for pages, feeds, downloads and the API's links, and in SQL ({@link Page}) for the
 * queries that list records of every kind at once (search, feeds, the sitemap). The
 * registry of kinds ({@code kind.RecordKind}) names each kind's page and list from here,
 * so a kind's address is changed in this file alone. Templates reach the same methods as
 * {@code #paths} ({@code @{${#paths.budget(budget.year)}}}, {@link TemplateObjects}).
 */
@Component
public final class RecordPaths implements TemplateObject {

	RecordPaths() {
	}

	/**
	 * The public lists of records, each the parent of its records' pages and mirrored by
	 * the API under {@code /api/v1}.
	 */
	public enum Collection {

		SESSIONS("/sessions"), PRESIDENTS("/presidents"), RESOLUTIONS("/resolutions"), ELECTIONS("/elections"),
		BUDGETS("/budgets"), STATEMENTS("/statements"), PEOPLE("/people"), STATES("/states"),
		ORGANIZATIONS("/organizations");

		private final String path;

		Collection(String path) {
			this.path = path;
		}

		/** The list's address, as {@code /resolutions}. */
		public String path() {
			return this.path;
		}

		/** Every list's address, in the order of the constants. */
		public static List<String> paths() {
			return Arrays.stream(values()).map(Collection::path).toList();
		}

	}

	/**
	 * The records of a session other than its resolutions, elections, budget and
	 * statements, whose pages are under the session's own.
	 */
	public enum SessionPart {

		SIDE_EVENTS("side-events"), AMENDMENTS("amendments"), POLICIES("policies"), DECISIONS("decisions");

		private final String segment;

		SessionPart(String segment) {
			this.segment = segment;
		}

		/** The part's segment of the address, as {@code side-events}. */
		public String segment() {
			return this.segment;
		}

	}

	/**
	 * A record page's address as SQL, on the record's table ({@code x}) and, for a record
	 * of a session, its session ({@code s}): the same address the Java methods of
	 * {@link RecordPaths} build.
	 */
	public enum Page {

		SESSION("'/sessions/' || x.slug"), RESOLUTION("'/resolutions/' || x.symbol"),
		ELECTION("'/elections/' || s.slug || '/' || x.slug"), BUDGET("'/budgets/' || x.year"),
		STATEMENT("'/statements/' || s.slug || '/' || x.slug"), PERSON("'/people/' || x.slug"),
		STATE("'/states/' || x.slug"), ORGANIZATION("'/organizations/' || x.slug"), SIDE_EVENT(SessionPart.SIDE_EVENTS),
		AMENDMENT(SessionPart.AMENDMENTS), POLICY(SessionPart.POLICIES), DECISION(SessionPart.DECISIONS);

		private final String sql;

		Page(String sql) {
			this.sql = sql;
		}

		Page(SessionPart part) {
			this("'/sessions/' || s.slug || '/" + part.segment() + "/' || x.slug");
		}

		/** The SQL of the address. */
		public String sql() {
			return this.sql;
		}

	}

	public static String session(String slug) {
		return Collection.SESSIONS.path() + "/" + slug;
	}

	public static String resolution(String symbol) {
		return Collection.RESOLUTIONS.path() + "/" + symbol;
	}

	public static String election(String session, String slug) {
		return Collection.ELECTIONS.path() + "/" + session + "/" + slug;
	}

	public static String budget(int year) {
		return Collection.BUDGETS.path() + "/" + year;
	}

	public static String statement(String session, String slug) {
		return Collection.STATEMENTS.path() + "/" + session + "/" + slug;
	}

	public static String person(String slug) {
		return Collection.PEOPLE.path() + "/" + slug;
	}

	public static String state(String slug) {
		return Collection.STATES.path() + "/" + slug;
	}

	public static String organization(String slug) {
		return Collection.ORGANIZATIONS.path() + "/" + slug;
	}

	/** The page of a side event, amendment, policy or decision of a session. */
	public static String sessionPart(String session, SessionPart part, String slug) {
		return session(session) + "/" + part.segment() + "/" + slug;
	}

	/** A side event's page, for templates, which cannot name a {@link SessionPart}. */
	public static String sideEvent(String session, String slug) {
		return sessionPart(session, SessionPart.SIDE_EVENTS, slug);
	}

	/** An amendment's page, for templates. */
	public static String amendment(String session, String slug) {
		return sessionPart(session, SessionPart.AMENDMENTS, slug);
	}

	/** A policy's page, for templates. */
	public static String policy(String session, String slug) {
		return sessionPart(session, SessionPart.POLICIES, slug);
	}

	/** A decision's page, for templates. */
	public static String decision(String session, String slug) {
		return sessionPart(session, SessionPart.DECISIONS, slug);
	}

	@Override
	public String templateName() {
		return "paths";
	}

}
