package org.asprecords.sitemap;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.asprecords.db.NotFoundException;
import org.asprecords.search.RecentRecords;
import org.asprecords.search.SearchKind;
import org.asprecords.web.RecordPaths;
import org.asprecords.web.api.Links;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * {@code /sitemap.xml}: an index of the sitemaps of the portal's pages, the lists
 * ({@code /sitemaps/lists.xml}) and each kind's record pages in parts of at most
 * {@link RecentRecords#SITEMAP_PART} ({@code /sitemaps/resolutions/1.xml}), so that no
 * request reads every record. Each page is listed with when its record was last saved,
 * and names its French address ({@code ?lang=fr}) as an alternate, as the page itself
 * does. Drafts and trashed records are left out, as everywhere public. And
 * {@code /robots.txt}, which points crawlers to it. The sitemaps declare no type they
 * produce, as the feeds do not: a browser that asks for HTML gets the XML, and for an
 * address that is no sitemap the error page rather than a 406.
 */
@RestController
class SitemapController {

	private static final List<String> LISTS = Stream
		.of(Stream.of("/"), RecordPaths.Collection.paths().stream(), Stream.of("/open-data"))
		.flatMap((paths) -> paths)
		.toList();

	private static final String URLSET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			+ "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";

	private final RecentRecords records;

	SitemapController(RecentRecords records) {
		this.records = records;
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
				+ "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		sitemap(xml, "/sitemaps/lists.xml");
		this.records.sitemapParts()
			.forEach((kind, parts) -> parts
				.forEach((part) -> sitemap(xml, "/sitemaps/" + kind.collection() + "/" + part + ".xml")));
		return xml(xml.append("</sitemapindex>\n"));
	}

	@GetMapping("/sitemaps/lists.xml")
	ResponseEntity<String> lists() {
		String root = Links.absolute("");
		StringBuilder xml = new StringBuilder(URLSET);
		LISTS.forEach((path) -> url(xml, root + path, null));
		return xml(xml.append("</urlset>\n"));
	}

	/**
	 * @throws NotFoundException for an unknown kind, or a part without a public page
	 */
	@GetMapping("/sitemaps/{collection}/{part:[1-9][0-9]*}.xml")
	ResponseEntity<String> part(@PathVariable String collection, @PathVariable("part") String number) {
		SearchKind kind = SearchKind.ofCollection(collection).orElseThrow(() -> new NotFoundException("sitemap"));
		// more digits than any part number has are no part, not a number to overflow
		int part = (number.length() <= 6) ? Integer.parseInt(number) : Integer.MAX_VALUE;
		// a part past the last, or of drafts only, is not in the index
		List<RecentRecords.Page> pages = this.records.pages(kind, part);
		if (pages.isEmpty()) {
			throw new NotFoundException("sitemap");
		}
		String root = Links.absolute("");
		StringBuilder xml = new StringBuilder(URLSET);
		pages.forEach((page) -> url(xml, root + page.path(), page.updatedAt()));
		return xml(xml.append("</urlset>\n"));
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

	private static ResponseEntity<String> xml(StringBuilder xml) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
	}

	private static void sitemap(StringBuilder xml, String path) {
		xml.append("  <sitemap><loc>").append(HtmlUtils.htmlEscape(Links.absolute(path))).append("</loc></sitemap>\n");
	}

	private static void url(StringBuilder xml, String location, Instant modified) {
		String escaped = HtmlUtils.htmlEscape(location);
		xml.append("  <url><loc>").append(escaped).append("</loc>");
		xml.append("<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"").append(escaped).append("\"/>");
		xml.append("<xhtml:link rel=\"alternate\" hreflang=\"fr\" href=\"").append(escaped).append("?lang=fr\"/>");
		if (modified != null) {
			// a day is what search engines read of it
			xml.append("<lastmod>").append(LocalDate.ofInstant(modified, ZoneOffset.UTC)).append("</lastmod>");
		}
		xml.append("</url>\n");
	}

}
