package org.asprecords.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Stream;

import org.asprecords.support.IntegrationTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.asprecords.support.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every public record page says when its record was last saved, readable for people and,
 * in its {@code <time datetime>}, for machines.
 */
@IntegrationTest
class LastUpdatedIT {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'",
			Locale.ENGLISH);

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	static Stream<Arguments> recordPages() {
		return Stream.of(arguments("/sessions/22", "select updated_at from assembly_session where slug = '22'"),
				arguments("/resolutions/ICC-ASP/22/Res.4",
						"select updated_at from resolution where symbol = 'ICC-ASP/22/Res.4'"),
				arguments("/elections/22/judges", inSession22("election", "judges")),
				arguments("/budgets/2024", "select updated_at from programme_budget where year = 2024"),
				arguments("/statements/22/cooperation-cepaz", inSession22("statement", "cooperation-cepaz")),
				arguments("/states/armenia", "select updated_at from state where slug = 'armenia'"),
				arguments("/people/paivi-kaukoranta", "select updated_at from person where slug = 'paivi-kaukoranta'"),
				arguments("/organizations/coalition-for-the-icc",
						"select updated_at from organization where slug = 'coalition-for-the-icc'"),
				arguments("/sessions/22/side-events/hrd-side-event", inSession22("side_event", "hrd-side-event")),
				arguments("/sessions/22/decisions/cbf-enlargement", inSession22("decision", "cbf-enlargement")),
				arguments("/sessions/22/amendments/rpe-judicial-notice",
						inSession22("amendment", "rpe-judicial-notice")),
				arguments("/sessions/22/policies/legal-aid-policy", inSession22("policy", "legal-aid-policy")));
	}

	private static String inSession22(String table, String slug) {
		return "select r.updated_at from " + table + " r join assembly_session s on s.id = r.session_id"
				+ " where s.slug = '22' and r.slug = '" + slug + "'";
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("recordPages")
	void recordPageShowsWhenItsRecordWasLastUpdated(String uri, String updatedAtQuery) {
		Instant updatedAt = this.jdbc.sql(updatedAtQuery).query(OffsetDateTime.class).single().toInstant();

		Document page = page(this.mvc, uri);

		Element updated = page.selectFirst("main .updated");
		assertThat(updated).as("last updated on %s", uri).isNotNull();
		assertThat(updated.text()).isEqualTo("Last updated: " + SHOWN.format(updatedAt.atZone(ZoneOffset.UTC)));
		Element time = updated.selectFirst("time[datetime]");
		assertThat(time).isNotNull();
		assertThat(Instant.parse(time.attr("datetime"))).isEqualTo(updatedAt.truncatedTo(ChronoUnit.SECONDS));
	}

}
