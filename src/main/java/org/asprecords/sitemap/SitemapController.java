package org.asprecords.sitemap;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.asprecords.search.RecentRecords;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.Links;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml}: the lists and every public record page, with when each record was
 * last saved, in one query; each names its French address ({@code ?lang=fr}) as an
 * alternate, as the page itself does. Drafts and trashed records are left out, as
 * everywhere public. And {@code /robots.txt}, which points crawlers to it.
 */
@RestController
class SitemapController {

	private static final List<String> LISTS = Stream
		.of(Stream.of("/"), RecordPaths.Collection.paths().stream(), Stream.of("/open-data"))
		.flatMap((paths) -> paths)
		.toList();

	private final RecentRecords records;

	SitemapController(RecentRecords records) {
		this.records = records;
	}

	@GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<String> sitemap() {
		String root = Links.absolute("");
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
						+ " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
		LISTS.forEach((path) -> url(xml, root + path, null));
		this.records.pages().forEach((page) -> url(xml, root + page.path(), page.updatedAt()));
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	/**
	 * Every public record page is open to search engines; the admin area and sign-in are
	 * not, nor the citation files every record page links to (the page itself is what to
	 * index). The sitemap is named by its absolute address, as the protocol asks.
	 */
	@GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
	String robots() {
		return """
				User-agent: *
				Disallow: /admin
				Disallow: /login
				Disallow: /cite/
				Sitemap: %s
				""".formatted(Links.absolute("/sitemap.xml"));
	}

	private static void url(StringBuilder xml, String location, Instant modified) {
		String escaped = HtmlUtils.htmlEscape(location);
		xml.append("  <url><loc>").append(escaped).append("</loc>");
		xml.append("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"").append(escaped).append("\"/>");
		xml.append("<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"").append(escaped).append("?lang=fr\"/>");
		if (modified != null) {
			xml.append("<lastmod>")
				.append(DateTimeFormatter.ISO_LOCAL_DATE.format(modified.atOffset(ZoneOffset.UTC)))
				.append("</lastmod>");
		}
		xml.append("</url>\n");
	}

}
