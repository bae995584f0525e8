package org.asprecords.sitemap;

import java.sql.Timestamp;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;

import org.asprecords.db.Visibility;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml}: the lists and every public record page, with when each record was
 * last saved, in one query. Drafts and trashed records are left out, as everywhere
 * public.
 */
@RestController
class SitemapController {

	private static final List<String> LISTS = List.of("/", "/sessions", "/resolutions", "/elections", "/budgets",
			"/statements", "/states", "/people", "/organizations", "/open-data");

	private static final String PAGES = """
			select '/sessions/' || x.slug path, x.updated_at from assembly_session x where %1$s
			union all select '/resolutions/' || x.symbol, x.updated_at from resolution x where %2$s
			union all select '/elections/' || s.slug || '/' || x.slug, x.updated_at
			  from election x join assembly_session s on s.id = x.session_id where %2$s
			union all select '/budgets/' || x.year, x.updated_at from programme_budget x where %2$s
			union all select '/statements/' || s.slug || '/' || x.slug, x.updated_at
			  from statement x join assembly_session s on s.id = x.session_id where %2$s
			union all select '/sessions/' || s.slug || '/side-events/' || x.slug, x.updated_at
			  from side_event x join assembly_session s on s.id = x.session_id where %2$s
			union all select '/sessions/' || s.slug || '/amendments/' || x.slug, x.updated_at
			  from amendment x join assembly_session s on s.id = x.session_id where %2$s
			union all select '/sessions/' || s.slug || '/policies/' || x.slug, x.updated_at
			  from policy x join assembly_session s on s.id = x.session_id where %2$s
			union all select '/sessions/' || s.slug || '/decisions/' || x.slug, x.updated_at
			  from decision x join assembly_session s on s.id = x.session_id where %2$s
			union all select '/states/' || x.slug, x.updated_at from state x where %1$s
			union all select '/people/' || x.slug, x.updated_at from person x where %1$s
			union all select '/organizations/' || x.slug, x.updated_at from organization x where %1$s
			order by 1""".formatted(Visibility.of("x", false), Visibility.of("x", true));

	private final JdbcClient jdbc;

	SitemapController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	@Transactional(readOnly = true)
	ResponseEntity<String> sitemap() {
		String root = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		LISTS.forEach((path) -> url(xml, root + path, null));
		this.jdbc.sql(PAGES).query((rs, n) -> {
			url(xml, root + rs.getString("path"), rs.getTimestamp("updated_at"));
			return null;
		}).list();
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	private static void url(StringBuilder xml, String location, Timestamp modified) {
		xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(location)).append("</loc>");
		if (modified != null) {
			xml.append("<lastmod>")
				.append(DateTimeFormatter.ISO_LOCAL_DATE.format(modified.toInstant().atOffset(ZoneOffset.UTC)))
				.append("</lastmod>");
		}
		xml.append("</url>\n");
	}

}
