package org.asprecords.overview.resolution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.asprecords.db.Visibility;
import org.asprecords.outcome.Instrument;
import org.asprecords.outcome.OutcomeLines.AmendmentLine;
import org.asprecords.outcome.OutcomeLines.DecisionLine;
import org.asprecords.outcome.OutcomeLines.PolicyLine;
import org.asprecords.overview.session.SessionOverview;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a resolution adopted, as its page lists it: the first
 * {@link SessionOverview#SHOWN} budgets, amendments, policies and decisions the public
 * sees, each kind with how many there are, in one query. The page shows as many lines
 * however many the resolution adopted (a copy of the records adopting seventy budgets by
 * one resolution made it list them all) and links to the rest.
 */
@Component
class AdoptedLines {

	private static final String QUERY = String.join("\nunion all\n",
			part(0, "null slug, x.year::text a, null b, null c, x.approved amount", "programme_budget", "x.year"),
			part(1, "x.slug, x.instrument, x.provision, x.subject, null::numeric", "amendment", "x.id"),
			part(2, "x.slug, x.name, null, null, null::numeric", "policy", "x.id"),
			part(3, "x.slug, x.title, null, null, null::numeric", "decision", "x.id")) + "\norder by kind, n";

	private final JdbcClient jdbc;

	AdoptedLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One kind's first lines, numbered in their order, with how many the resolution
	 * adopted: the rows of this one resolution are counted, the first only returned.
	 */
	private static String part(int kind, String columns, String table, String order) {
		return """
				select * from (select %d kind, row_number() over (order by %s) n, count(*) over () total, %s
				               from %s x join assembly_session s on s.id = x.session_id
				               where x.resolution_id = :resolution and %s) l
				where n <= %d""".formatted(kind, order, columns, table, Visibility.of("x", "s"), SessionOverview.SHOWN);
	}

	Adopted of(long resolutionId) {
		List<Row> rows = this.jdbc.sql(QUERY)
			.param("resolution", resolutionId)
			.query((rs, n) -> new Row(rs.getInt("kind"), rs.getLong("total"), rs.getString("slug"), rs.getString("a"),
					rs.getString("b"), rs.getString("c"), rs.getBigDecimal("amount")))
			.list();
		List<BudgetLine> budgets = new ArrayList<>();
		List<AmendmentLine> amendments = new ArrayList<>();
		List<PolicyLine> policies = new ArrayList<>();
		List<DecisionLine> decisions = new ArrayList<>();
		long[] totals = new long[4];
		for (Row row : rows) {
			totals[row.kind()] = row.total();
			switch (row.kind()) {
				case 0 -> budgets.add(new BudgetLine(Integer.parseInt(row.a()), row.amount()));
				case 1 -> amendments.add(new AmendmentLine(row.slug(), Instrument.valueOf(row.a()), row.b(), row.c()));
				case 2 -> policies.add(new PolicyLine(row.slug(), row.a()));
				default -> decisions.add(new DecisionLine(row.slug(), row.a()));
			}
		}
		return new Adopted(page(budgets, totals[0]), page(amendments, totals[1]), page(policies, totals[2]),
				page(decisions, totals[3]));
	}

	private static <T> Page<T> page(List<T> lines, long total) {
		return new PageImpl<>(List.copyOf(lines), SessionOverview.FIRST, total);
	}

	/** A programme budget, by its year, with the amount approved (null if not given). */
	public record BudgetLine(int year, BigDecimal approved) {
	}

	/** The first of each kind a resolution adopted, with how many of each. */
	public record Adopted(Page<BudgetLine> budgets, Page<AmendmentLine> amendments, Page<PolicyLine> policies,
			Page<DecisionLine> decisions) {

		public boolean any() {
			return this.budgets.hasContent() || this.amendments.hasContent() || this.policies.hasContent()
					|| this.decisions.hasContent();
		}

	}

	private record Row(int kind, long total, String slug, String a, String b, String c, BigDecimal amount) {
	}

}
