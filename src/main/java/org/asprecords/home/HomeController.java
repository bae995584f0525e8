package org.asprecords.home;

import org.asprecords.db.Visibility;
import java.time.LocalDate;

import org.asprecords.session.SessionCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: the latest and the next session, the two ways to search, and a few key
 * figures.
 */
@Controller
class HomeController {

	private static final String KEY_FIGURES = """
			select (select count(*) from assembly_session x where %1$s) sessions,
			       (select count(*) from resolution x where %2$s) resolutions,
			       (select count(*) from election x where %2$s) elections,
			       (select count(*) from statement x where %2$s) statements,
			       b.year budget_year, b.approved budget_approved,
			       s.name newest_party_name, s.slug newest_party_slug, s.party_ordinal newest_party_ordinal,
			       s.party_since newest_party_since
			from (select 1) one
			left join lateral (select year, approved from programme_budget x where approved is not null and %2$s
			                   order by year desc limit 1) b on true
			left join lateral (select name, slug, party_ordinal, party_since from state x
			                   where party_ordinal is not null and %1$s
			                   order by party_ordinal desc limit 1) s on true""".formatted(Visibility.of("x", false),
			Visibility.of("x", true));

	private final SessionCatalog sessions;

	private final JdbcClient jdbc;

	HomeController(SessionCatalog sessions, JdbcClient jdbc) {
		this.sessions = sessions;
		this.jdbc = jdbc;
	}

	@GetMapping("/")
	@Transactional(readOnly = true)
	String home(Model model) {
		LocalDate today = LocalDate.now();
		model.addAttribute("latest", this.sessions.latest(today).orElse(null));
		model.addAttribute("next", this.sessions.next(today).orElse(null));
		model.addAttribute("figures", this.jdbc.sql(KEY_FIGURES).query(KeyFigures.class).single());
		return "index";
	}

}
