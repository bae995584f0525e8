package org.asprecords.overview.resolution;

import java.util.List;

import org.asprecords.db.Visibility;
import org.asprecords.overview.session.SessionOverview;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The resolutions that refer to a resolution, as its page lists them: the first
 * {@link SessionOverview#SHOWN} the public sees, oldest first, with how many there are,
 * in one query on the index of references. The page links to the list of them all, so
 * that it shows as many whatever the number of later resolutions recalling this one.
 */
@Component
class ReferringLines {

	private static final String QUERY = """
			select r.symbol, r.title, count(*) over () total
			from resolution_reference x
			join resolution r on r.id = x.resolution_id
			join assembly_session s on s.id = r.session_id
			where x.refers_to_id = :resolution and %s
			order by s.start_date nulls last, r.number, r.symbol
			limit %d""".formatted(Visibility.of("r", "s"), SessionOverview.SHOWN);

	private final JdbcClient jdbc;

	ReferringLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<Referring> of(long resolutionId) {
		long[] total = { 0 };
		List<Referring> rows = this.jdbc.sql(QUERY).param("resolution", resolutionId).query((rs, n) -> {
			total[0] = rs.getLong("total");
			return new Referring(rs.getString("symbol"), rs.getString("title"));
		}).list();
		return new PageImpl<>(rows, PageRequest.of(0, SessionOverview.SHOWN), total[0]);
	}

	/**
	 * A resolution that refers to the one of the page.
	 *
	 * @param symbol its symbol
	 * @param title its title, or {@code null} where not recorded
	 */
	public record Referring(String symbol, String title) {

	}

}
